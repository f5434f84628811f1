package io.leadline;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.ApiClient;
import io.leadline.testing.ApiResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint the running server maps, called by each caller who must not see or change what it names (LL-13):
 * a revoked key (401 everywhere), the owner and an agent of another team, an agent of another office of the same
 * team, and an admin acting on the owner. Hidden means the answer is exactly the one for an id that does not exist
 * (so nothing confirms the object is there); forbidden means 403 (or Lofty's 400/20017 on routing). After every
 * refused write the team's rows are as they were. An endpoint without a rule here fails the test.
 */
abstract class AccessMatrixTests extends EndpointTestBase {

    /** What a caller who must not touch the endpoint's objects gets. */
    enum Expect {
        /** may call it: not probed */
        ALLOWED,
        /** the same answer as for an object that does not exist */
        HIDDEN,
        /** 403, or Lofty's 400/20017 on its routing and pond endpoints */
        FORBIDDEN
    }

    /** An endpoint's probe: placeholders in braces name the fixture's objects; the expectations per same-team role. */
    record Rule(String query, String body, Expect otherOfficeAgent, Expect admin) {}

    static final Map<String, Rule> RULES = new TreeMap<>();

    private static void rule(String endpoint, String query, String body, Expect otherOfficeAgent, Expect admin) {
        RULES.put(endpoint, new Rule(query, body, otherOfficeAgent, admin));
    }

    private static final Expect A = Expect.ALLOWED;
    private static final Expect H = Expect.HIDDEN;
    private static final Expect F = Expect.FORBIDDEN;

    static {
        // accounts
        rule("GET /v1.0/me", "", "", A, A);
        rule("GET /v1.0/members", "", "", A, A);
        rule("GET /v1.0/members/{account}", "", "", A, A);
        rule("GET /v1.0/org", "", "", A, A);
        rule("GET /v1.0/users/{userId}", "", "", A, A);
        rule("POST /v2.0/agents/{userId}/deactivate", "", "{}", F, F);
        rule("POST /v2.0/agents/{userId}/reactivate", "", "{}", F, F);
        rule("GET /v1.0/org/permission/profiles", "", "", F, A);
        rule("PUT /v1.0/org/office", "", "{\"name\":\"Intrusion\"}", F, A);
        rule("POST /v1.0/org/office", "", "{\"id\":\"{officeId}\",\"name\":\"Intrusion\"}", F, A);
        rule("POST /v1.0/org/company", "", "{\"name\":\"Intrusion\"}", F, A);
        rule("GET /leadline/v1/company", "", "", A, A);
        rule("GET /v1.0/vendor/list", "", "", F, A);
        rule("POST /v1.0/agent/profile/add", "", "{\"accountType\":1,\"accountInfo\":{\"firstName\":\"I\",\"lastName\":\"X\","
                + "\"emailAddress\":\"intruder@example.com\",\"groupId\":\"{officeId}\"}}", F, A);
        rule("POST /v1.0/agent/{userId}/tag/add", "", "{\"tagNames\":[\"Intrusion\"],\"autoCreate\":true}", F, F);
        rule("GET /leadline/v1/member-tags", "", "", A, A);
        rule("POST /leadline/v1/teams", "", "{\"name\":\"Intruders\",\"owner\":{\"email\":\"i@example.com\",\"firstName\":\"I\"}}", F, F);
        rule("GET /leadline/v1/teams", "", "", F, F);
        rule("GET /leadline/v1/backup", "", "", F, F);
        rule("POST /leadline/v1/offices", "", "{\"name\":\"Intruders\",\"parentId\":\"{officeId}\"}", F, A);
        rule("GET /leadline/v1/offices", "", "", A, A);
        rule("POST /leadline/v1/users", "", "{\"email\":\"intruder@example.com\",\"firstName\":\"I\",\"role\":\"AGENT\",\"officeId\":\"{officeId}\"}", F, A);
        rule("GET /leadline/v1/users", "", "", A, A);
        rule("PUT /leadline/v1/users/{userId}/role", "", "{\"role\":\"AGENT\"}", F, F);
        rule("POST /leadline/v1/users/{userId}/invitation", "", "{}", F, F);
        rule("POST /leadline/v1/api-keys", "", "{\"name\":\"stolen\",\"userId\":\"{userId}\"}", F, F);
        rule("GET /leadline/v1/api-keys", "", "", A, A);
        rule("PUT /leadline/v1/api-keys/{keyId}/rate-limit", "", "{\"rateLimitPerMinute\":1}", F, F);
        rule("DELETE /leadline/v1/api-keys/{keyId}", "", "", H, F);
        // leads
        rule("GET /v1.0/leads", "", "", A, A);
        rule("POST /v1.0/leads", "", "{\"firstName\":\"Intruder\"}", A, A);
        rule("GET /v1.0/leads/{leadId}", "", "", H, A);
        rule("PUT /v1.0/leads/{leadId}", "", "{\"firstName\":\"Intruder\"}", H, A);
        rule("DELETE /v1.0/leads/{leadId}", "reason=intrusion", "", H, A);
        rule("POST /v1.0/leads/{leadId}/inquiry", "", "{\"priceMin\":1}", H, A);
        rule("POST /v1.0/leads/{leadId}/property", "", "{\"streetAddress\":\"1 Intruder Way\"}", H, A);
        rule("GET /leadline/v1/leads/{trashedLeadId}/trash", "", "", H, A);
        rule("POST /leadline/v1/leads/{trashedLeadId}/restore", "", "{}", H, A);
        rule("POST /v1.0/leads/{leadId}/assignment", "", "[{\"role\":\"Agent\",\"assignee\":\"{userId}\"}]", H, A);
        rule("POST /v1.0/leads/assignee", "", "{\"firstName\":\"Nobody\"}", A, A);
        rule("POST /leadline/v1/leads/{leadId}/claim", "", "{}", H, A);
        rule("GET /leadline/v1/leads/{leadId}/routing-decisions", "", "", H, A);
        // transactions
        rule("POST /v1.0/leads/{leadId}/transaction", "", "{\"transactionName\":\"Intrusion\"}", H, A);
        rule("GET /v1.0/leads/{leadId}/transactions", "", "", H, A);
        rule("GET /v1.0/leads/{leadId}/transaction/{transactionId}", "", "", H, A);
        rule("PUT /v1.0/leads/{leadId}/transaction/{transactionId}", "", "{\"transactionName\":\"Intrusion\"}", H, A);
        rule("POST /v1.0/leads/{leadId}/transaction/property/address", "", "{\"transactionId\":\"{transactionId}\",\"city\":\"Intrusion\"}", H, A);
        rule("GET /v1.0/leads/{leadId}/transaction/{transactionId}/property/address", "", "", H, A);
        rule("GET /v2.0/transactions", "transactionType=All", "", A, A);
        rule("GET /v2.0/transactions/pipelines", "", "", A, A);
        rule("GET /v1.0/transaction/customfields", "", "", A, A);
        rule("POST /leadline/v1/transaction-custom-fields", "", "{\"name\":\"Intrusion\",\"type\":\"TEXT\"}", F, A);
        rule("DELETE /leadline/v1/transaction-custom-fields/{fieldId}", "", "", F, A);
        // notes
        rule("POST /v1.0/notes", "", "{\"leadId\":\"{leadId}\",\"content\":\"intrusion\"}", H, A);
        rule("GET /v1.0/notes", "leadId={leadId}", "", H, A);
        rule("GET /v1.0/notes/{noteId}", "", "", H, A);
        rule("PUT /v1.0/notes/{noteId}", "", "{\"content\":\"intrusion\"}", H, A);
        rule("DELETE /v1.0/notes/{noteId}", "", "", H, A);
        // timeline
        rule("POST /v1.0/leads/{leadId}/activity", "", "{\"type\":\"Browse\",\"text\":\"1 Intruder Way\",\"link\":\"\",\"picture\":\"\",\"created\":1764547200000}", H, A);
        rule("GET /v1.0/leads/{leadId}/activities", "", "", H, A);
        rule("GET /v2.0/leads/{leadId}/activities", "", "", H, A);
        rule("GET /v1.0/systemLogs", "leadId={leadId}", "", H, A);
        rule("POST /v1.0/logType", "", "{\"leadId\":\"{leadId}\",\"logType\":\"logText\",\"content\":\"intrusion\"}", H, A);
        rule("GET /v1.0/logType", "leadId={leadId}&logType=logText", "", H, A);
        rule("GET /v1.0/logType/{logTypeId}", "", "", H, A);
        rule("DELETE /v1.0/logType/{logTypeId}", "", "", H, A);
        // tasks and appointments
        rule("GET /v1.0/tasks", "leadId={leadId}", "", H, A);
        rule("POST /v1.0/tasks", "", "{\"leadId\":\"{leadId}\",\"content\":\"intrusion\",\"deadline\":1893456000000,\"type\":\"Call\",\"assignedRole\":\"Agent\"}", H, A);
        rule("GET /v1.0/tasks/{taskId}", "", "", H, A);
        rule("PUT /v1.0/tasks/{taskId}", "", "{\"content\":\"intrusion\"}", H, A);
        rule("DELETE /v1.0/tasks/{taskId}", "", "", H, A);
        rule("GET /v1.0/appts", "leadId={leadId}", "", H, A);
        rule("GET /v2.0/tasks", "leadId={leadId}", "", H, A);
        rule("POST /v2.0/tasks", "", "{\"leadId\":\"{leadId}\",\"content\":\"intrusion\",\"type\":\"Call\",\"assignedRole\":\"Agent\",\"endAt\":\"2030-01-01T10:00:00Z\"}", H, A);
        rule("GET /v2.0/tasks/my-tasks", "userId={userId}", "", F, A);
        rule("GET /v2.0/tasks/{taskId}", "", "", H, A);
        rule("PUT /v2.0/tasks/{taskId}", "", "{\"content\":\"intrusion\"}", H, A);
        rule("DELETE /v2.0/tasks/{taskId}", "", "", H, A);
        rule("POST /v2.0/tasks/{taskId}/finish", "", "{}", H, A);
        rule("POST /v2.0/tasks/{taskId}/unfinish", "", "{}", H, A);
        rule("GET /v2.0/calendar", "leadId={leadId}&startTime=2020-01-01T00:00:00Z", "", H, A);
        rule("POST /v2.0/calendar", "", "{\"type\":\"APPOINTMENT\",\"leadId\":\"{leadId}\",\"content\":\"intrusion\",\"timeZoneCode\":\"UTC\","
                + "\"startAt\":\"2030-01-01T10:00:00Z\",\"endAt\":\"2030-01-01T11:00:00Z\"}", H, A);
        rule("PUT /v2.0/calendar/{calendarId}", "", "{\"content\":\"intrusion\"}", H, A);
        rule("DELETE /v2.0/calendar/{calendarId}", "", "", H, A);
        rule("POST /v2.0/calendar/{calendarId}/finish", "", "{}", H, A);
        rule("POST /v2.0/calendar/{calendarId}/unfinish", "", "{}", H, A);
        rule("GET /v2.0/calendar/meetings/available", "startTime=2030-01-07T00:00:00Z&endTime=2030-01-08T00:00:00Z", "", A, A);
        rule("GET /leadline/v1/tasks/{taskId}", "", "", H, A);
        // communications
        rule("GET /v1.0/communication/call", "leadId={leadId}", "", H, A);
        rule("GET /v1.0/communication/call/v2", "leadId={leadId}", "", H, A);
        rule("GET /v1.0/communication/email", "leadId={leadId}", "", H, A);
        rule("GET /v1.0/communication/text", "leadId={leadId}", "", H, A);
        rule("GET /v2.0/communication/call/{callId}", "", "", H, A);
        rule("GET /v2.0/communication/email/{emailId}", "", "", H, A);
        rule("GET /v2.0/communication/text/{textId}", "", "", H, A);
        rule("GET /v1.0/calls", "leadId={leadId}", "", H, A);
        rule("GET /v1.0/calls/{callId}", "", "", H, A);
        rule("GET /v1.0/call/url/{callId}", "", "", H, A);
        rule("POST /v1.0/agent/communication", "", "{\"type\":\"ALL\",\"startTime\":0,\"endTime\":3600000}", A, A);
        rule("GET /v2.0/communication/agent", "startTime=0&endTime=3600000", "", A, A);
        rule("POST /v1.0/message/email/send", "", "{\"leadId\":\"{leadId}\",\"subject\":\"intrusion\",\"content\":\"intrusion\"}", H, A);
        rule("POST /v1.0/message/sms/send", "", "{\"leadId\":\"{leadId}\",\"content\":\"intrusion\"}", H, A);
        rule("POST /leadline/v1/communications", "", "{\"leadId\":\"{leadId}\",\"channel\":\"CALL\"}", H, A);
        rule("GET /leadline/v1/outbox/messages", "", "", F, A);
        rule("GET /leadline/v1/mail-settings", "", "", A, A);
        rule("PUT /leadline/v1/mail-settings", "", "{\"from\":\"intruder@example.com\"}", F, A);
        rule("DELETE /leadline/v1/mail-settings", "", "", F, A);
        // team features
        rule("GET /v1.0/teamFeatures/lead-pipelines", "", "", A, A);
        rule("POST /leadline/v1/pipelines", "", "{\"name\":\"Intrusion\"}", F, A);
        rule("GET /v1.0/teamFeatures/listCustomField", "", "", A, A);
        rule("POST /v1.0/teamFeatures/custom-field", "", "{\"name\":\"Intrusion\",\"type\":1}", F, A);
        rule("GET /v1.0/teamFeatures/listTag", "", "", A, A);
        // routing, Lofty's endpoints
        rule("GET /v1.0/routing/rule/list/{type}", "", "", F, A);
        rule("PUT /v1.0/routing/rule/{type}", "", "{\"id\":\"{ruleId}\",\"activeHours\":{\"activeDays\":[1],\"hoursStart\":8,\"hoursEnd\":18}}", F, A);
        rule("GET /v1.0/routing/rule/supplement/{type}", "", "", F, A);
        rule("PUT /v1.0/routing/rule/supplement/{type}", "", "{\"strategyType\":5,\"assigneeAgentId\":\"{userId}\"}", F, A);
        rule("GET /v1.0/routing/member/list/{type}", "", "", F, A);
        rule("GET /v1.0/routing/role/list", "", "", F, A);
        rule("GET /v1.0/team-features/lead-ponds", "", "", A, A);
        rule("GET /v1.0/team-features/lead-pond/{pondId}", "", "", H, A);
        // routing, Leadline's administration
        rule("POST /leadline/v1/routing/rules", "", "{\"name\":\"Intrusion\",\"routingStrategy\":{\"strategyType\":4,\"groupId\":\"{pondId}\"}}", F, A);
        rule("GET /leadline/v1/routing/rules", "", "", F, A);
        rule("GET /leadline/v1/routing/rules/{ruleId}", "", "", F, A);
        rule("PUT /leadline/v1/routing/rules/{ruleId}", "", "{\"name\":\"Intrusion\",\"routingStrategy\":{\"strategyType\":4,\"groupId\":\"{pondId}\"}}", F, A);
        rule("PUT /leadline/v1/routing/rules/{ruleId}/switch", "", "{\"ruleSwitch\":false}", F, A);
        rule("DELETE /leadline/v1/routing/rules/{ruleId}", "", "", F, A);
        rule("PUT /leadline/v1/routing/rule-order", "", "{\"ruleIds\":[\"{ruleId}\"]}", F, A);
        rule("PUT /leadline/v1/routing/fallbacks", "", "{\"strategyType\":5,\"assigneeAgentId\":\"{userId}\"}", F, A);
        rule("GET /leadline/v1/routing/fallbacks", "", "", F, A);
        rule("DELETE /leadline/v1/routing/fallbacks", "businessType=1", "", F, A);
        rule("POST /leadline/v1/routing/ponds", "", "{\"pondName\":\"Intrusion\",\"pondOwnerId\":\"{userId}\",\"agentIds\":[]}", F, A);
        rule("PUT /leadline/v1/routing/ponds/{pondId}", "", "{\"pondName\":\"Intrusion\",\"pondOwnerId\":\"{userId}\",\"agentIds\":[]}", F, A);
        rule("DELETE /leadline/v1/routing/ponds/{pondId}", "", "", F, A);
        rule("GET /leadline/v1/routing/settings", "", "", A, A);
        rule("PUT /leadline/v1/routing/settings", "", "{\"timeZone\":\"Asia/Tokyo\"}", F, A);
        rule("GET /leadline/v1/routing/members/{userId}/availability", "", "", A, A);
        rule("PUT /leadline/v1/routing/members/{userId}/availability", "", "{\"onVacation\":true}", F, A);
        // webhooks
        rule("POST /v1.0/webhook", "", "{\"listId\":2,\"callbackUrl\":\"{callbackUrl}\"}", A, A);
        rule("GET /v1.0/webhooks", "", "", A, A);
        rule("POST /leadline/v1/webhooks", "", "{\"listId\":101,\"callbackUrl\":\"{callbackUrl}\"}", F, A);
        rule("GET /leadline/v1/webhooks", "", "", A, A);
        // Lofty answers someone else's subscription and a missing one alike: 400/20012 (WEBHOOK_DELETE_*)
        rule("DELETE /v1.0/webhook/{subscribeId}", "", "", H, A);
        // every member sees the team's subscriptions (Lofty lists them all), so another's is forbidden, not hidden
        rule("GET /leadline/v1/webhooks/{subscribeId}", "", "", F, A);
        // imports
        rule("POST /leadline/v1/imports", "mapping=leadline", "", F, A);
        rule("GET /leadline/v1/imports", "", "", F, A);
        rule("GET /leadline/v1/imports/{importId}", "", "", F, A);
        rule("GET /leadline/v1/imports/{importId}/errors", "", "", F, A);
        rule("POST /leadline/v1/imports/{importId}/cancel", "", "{}", F, A);
        rule("GET /leadline/v1/exports/leads", "", "", A, A);
        // a lead's duplicates: anyone who sees the lead
        rule("GET /leadline/v1/leads/{leadId}/duplicates", "", "", H, A);
        // the access audit: the owner's alone
        rule("GET /leadline/v1/audit", "userId=1", "", F, A);
        // people
        rule("GET /leadline/v1/people", "email=someone@example.com", "", F, A);
        rule("GET /leadline/v1/people/export", "email=someone@example.com", "", F, A);
        rule("POST /leadline/v1/people/erase", "", "{\"email\":\"someone@example.com\"}", F, A);
        rule("GET /leadline/v1/people/erasures", "", "", F, A);
        // merges
        rule("POST /leadline/v1/leads/{leadId}/merge", "", "{\"from\":[\"{trashedLeadId}\"]}", H, A);
        rule("GET /leadline/v1/merges/{mergeId}", "", "", H, A);
        rule("POST /leadline/v1/merges/{mergeId}/undo", "", "{}", H, A);
        rule("GET /leadline/v1/duplicates/settings", "", "", A, A);
        rule("GET /leadline/v1/duplicates", "", "", A, A);
        rule("PUT /leadline/v1/duplicates/settings", "", "{\"onCreate\":\"merge-into-oldest\"}", F, A);
        rule("PUT /leadline/v1/imports/mappings/{name}", "", "{\"name\":\"intruders\",\"columns\":{\"Name\":\"firstName\"}}", F, A);
        rule("PUT /leadline/v1/webhooks/{subscribeId}/paused", "", "{\"paused\":true}", F, A);
        rule("POST /leadline/v1/webhooks/{subscribeId}/secret", "", "{}", F, A);
        rule("GET /leadline/v1/webhooks/{subscribeId}/deliveries", "", "", F, A);
        rule("POST /leadline/v1/webhooks/{subscribeId}/deliveries/{messageId}/replay", "", "{}", F, A);
        rule("POST /leadline/v1/webhooks/{subscribeId}/replay", "", "{\"since\":\"2026-01-01T00:00:00Z\"}", F, A);
        rule("POST /leadline/v1/webhooks/{subscribeId}/ping", "", "{}", F, A);
    }

    /**
     * Paths that are not the API: the error page, the API document, the root's pointer to it, and provider callbacks
     * (signed, not keyed).
     */
    /** Not the API: the console ({@code /app}) has its own tests (console.ConsoleSecurityTests). */
    private static final List<String> NOT_API = List.of("/error", "/v3/api-docs", "/swagger-ui", "/inbound/", "/app");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyMappedEndpointHasAnAccessRule() {
        Set<String> mapped = mappedEndpoints();
        assertThat(new TreeSet<>(RULES.keySet())).as("rules for endpoints the server does not map").isSubsetOf(mapped);
        assertThat(mapped).as("endpoints without an access rule in AccessMatrixTests").isSubsetOf(RULES.keySet());
    }

    @Test
    void nobodyReachesWhatTheyMustNotSeeOrChange() {
        Fixture fixture = fixture();
        List<String> failures = new ArrayList<>();
        String before = fingerprint(fixture.teamId());
        assertThat(before).as("the fingerprint reads the team's rows").contains("\nleads[{").contains("\nnotes[{").contains("\ncredentials[{");
        for (var entry : RULES.entrySet()) {
            String endpoint = entry.getKey();
            Rule rule = entry.getValue();
            probe(failures, endpoint, "revoked key", fixture.revoked(), rule, fixture.real(), r -> r.status() == 401);
            for (var intruder : Map.of("other team's owner", fixture.otherOwner(), "other team's agent", fixture.otherAgent()).entrySet()) {
                if (namesObjects(endpoint, rule)) {
                    hidden(failures, endpoint, intruder.getKey(), intruder.getValue(), rule, fixture);
                }
            }
            expect(failures, endpoint, "agent of another office", fixture.otherOfficeAgent(), rule, rule.otherOfficeAgent(), fixture);
            expect(failures, endpoint, "admin acting on the owner", fixture.admin(), rule, rule.admin(), fixture);
            String after = fingerprint(fixture.teamId());
            if (!after.equals(before)) {
                failures.add(endpoint + ": the team's rows changed: " + changedTables(before, after));
                before = after;
            }
        }
        assertThat(failures).isEmpty();
    }

    private void expect(List<String> failures, String endpoint, String who, ApiClient client, Rule rule, Expect expect, Fixture fixture) {
        switch (expect) {
            case ALLOWED -> {}
            case HIDDEN -> hidden(failures, endpoint, who, client, rule, fixture);
            case FORBIDDEN -> probe(failures, endpoint, who, client, rule, fixture.real(),
                    r -> r.status() == 403 || (r.status() == 400 && r.code() == 20017));
        }
    }

    private void hidden(List<String> failures, String endpoint, String who, ApiClient client, Rule rule, Fixture fixture) {
        ApiResponse real = call(client, endpoint, rule.query(), rule.body(), fixture.real());
        ApiResponse missing = call(client, endpoint, rule.query(), rule.body(), fixture.missing());
        boolean refused = real.status() >= 400 && real.status() < 500 && real.status() != 401;
        if (!refused || real.status() != missing.status() || real.code() != missing.code()) {
            failures.add(endpoint + " as " + who + ": " + real + " but for a missing object " + missing);
        }
    }

    private void probe(List<String> failures, String endpoint, String who, ApiClient client, Rule rule,
            Map<String, String> objects, java.util.function.Predicate<ApiResponse> expected) {
        ApiResponse response = call(client, endpoint, rule.query(), rule.body(), objects);
        if (!expected.test(response)) {
            failures.add(endpoint + " as " + who + ": " + response);
        }
    }

    /** Placeholders that name another team's objects; a type, a callback URL or a mapping's name (each team's own) do not. */
    private static final java.util.regex.Pattern OBJECT = java.util.regex.Pattern.compile("\\{(?!type}|callbackUrl}|name})[a-zA-Z]+}");

    private static boolean namesObjects(String endpoint, Rule rule) {
        return OBJECT.matcher(endpoint + rule.query() + rule.body()).find();
    }

    private Set<String> mappedEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (pattern.equals("/") || NOT_API.stream().anyMatch(pattern::startsWith)) {
                    continue;
                }
                info.getMethodsCondition().getMethods().forEach(method -> endpoints.add(method.name() + " " + pattern
                        .replace("/v1.0/team-features/lead-pond/{id}", "/v1.0/team-features/lead-pond/{pondId}")
                        .replace("/v2.0/agents/{agentId}/", "/v2.0/agents/{userId}/")
                        .replace("/v1.0/agent/{agentId}/", "/v1.0/agent/{userId}/")
                        .replace("/v2.0/communication/call/{communicationId}", "/v2.0/communication/call/{callId}")
                        .replace("/v2.0/communication/email/{communicationId}", "/v2.0/communication/email/{emailId}")
                        .replace("/v2.0/communication/text/{communicationId}", "/v2.0/communication/text/{textId}")
                        .replace("/leadline/v1/leads/{leadId}/trash", "/leadline/v1/leads/{trashedLeadId}/trash")
                        .replace("/leadline/v1/leads/{leadId}/restore", "/leadline/v1/leads/{trashedLeadId}/restore")));
            }
        }
        return endpoints;
    }

}
