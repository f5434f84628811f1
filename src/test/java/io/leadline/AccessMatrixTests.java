package io.leadline;

import static io.leadline.testing.TestLeads.aLead;
import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.ApiClient;
import io.leadline.testing.ApiResponse;
import io.leadline.testing.ApiTestBase;
import io.leadline.testing.TestTeam;
import io.leadline.testing.WebhookReceiver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint the running server maps, called by each caller who must not see or change what it names (LL-13):
 * a revoked key (401 everywhere), the owner and an agent of another team, an agent of another office of the same
 * team, and an admin acting on the owner. Hidden means the answer is exactly the one for an id that does not exist
 * (so nothing confirms the object is there); forbidden means 403 (or Lofty's 400/20017 on routing). After every
 * refused write the team's rows are as they were. An endpoint without a rule here fails the test.
 */
@TestPropertySource(properties = {
    "leadline.webhooks.allow-insecure-targets=true",
    "leadline.webhooks.poll-interval=PT0.05S",
    "leadline.webhooks.max-backoff=PT0.3S",
    "leadline.webhooks.retry-for=PT4S"
})
abstract class AccessMatrixTests extends ApiTestBase {

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

    private static final Map<String, Rule> RULES = new TreeMap<>();

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
        rule("POST /leadline/v1/teams", "", "{\"name\":\"Intruders\",\"owner\":{\"email\":\"i@example.com\",\"firstName\":\"I\"}}", F, F);
        rule("GET /leadline/v1/teams", "", "", F, F);
        rule("POST /leadline/v1/offices", "", "{\"name\":\"Intruders\",\"parentId\":\"{officeId}\"}", F, A);
        rule("GET /leadline/v1/offices", "", "", A, A);
        rule("POST /leadline/v1/users", "", "{\"email\":\"intruder@example.com\",\"firstName\":\"I\",\"role\":\"AGENT\",\"officeId\":\"{officeId}\"}", F, A);
        rule("GET /leadline/v1/users", "", "", A, A);
        rule("PUT /leadline/v1/users/{userId}/role", "", "{\"role\":\"AGENT\"}", F, F);
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
        // notes
        rule("POST /v1.0/notes", "", "{\"leadId\":\"{leadId}\",\"content\":\"intrusion\"}", H, A);
        rule("GET /v1.0/notes", "leadId={leadId}", "", H, A);
        rule("GET /v1.0/notes/{noteId}", "", "", H, A);
        rule("PUT /v1.0/notes/{noteId}", "", "{\"content\":\"intrusion\"}", H, A);
        rule("DELETE /v1.0/notes/{noteId}", "", "", H, A);
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
        // Lofty answers someone else's subscription and a missing one alike: 400/20012 (WEBHOOK_DELETE_*)
        rule("DELETE /v1.0/webhook/{subscribeId}", "", "", H, A);
        // every member sees the team's subscriptions (Lofty lists them all), so another's is forbidden, not hidden
        rule("GET /leadline/v1/webhooks/{subscribeId}", "", "", F, A);
        rule("PUT /leadline/v1/webhooks/{subscribeId}/paused", "", "{\"paused\":true}", F, A);
        rule("POST /leadline/v1/webhooks/{subscribeId}/secret", "", "{}", F, A);
        rule("GET /leadline/v1/webhooks/{subscribeId}/deliveries", "", "", F, A);
        rule("POST /leadline/v1/webhooks/{subscribeId}/deliveries/{messageId}/replay", "", "{}", F, A);
        rule("POST /leadline/v1/webhooks/{subscribeId}/ping", "", "{}", F, A);
    }

    /** Paths that are not the API: the error page and the API document. */
    private static final List<String> NOT_API = List.of("/error", "/v3/api-docs", "/swagger-ui");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    DataSource dataSource;

    final WebhookReceiver receiver = new WebhookReceiver();

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

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
        assertThat(before).as("the fingerprint reads the team's rows").contains("leads[{").contains("notes[{").contains("credentials[{");
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
                failures.add(endpoint + ": the team's rows changed");
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
        ApiResponse real = call(client, endpoint, rule, fixture.real());
        ApiResponse missing = call(client, endpoint, rule, fixture.missing());
        boolean refused = real.status() >= 400 && real.status() < 500 && real.status() != 401;
        if (!refused || real.status() != missing.status() || real.code() != missing.code()) {
            failures.add(endpoint + " as " + who + ": " + real + " but for a missing object " + missing);
        }
    }

    private void probe(List<String> failures, String endpoint, String who, ApiClient client, Rule rule,
            Map<String, String> objects, java.util.function.Predicate<ApiResponse> expected) {
        ApiResponse response = call(client, endpoint, rule, objects);
        if (!expected.test(response)) {
            failures.add(endpoint + " as " + who + ": " + response);
        }
    }

    private static final java.util.regex.Pattern OBJECT = java.util.regex.Pattern.compile("\\{(?!type}|callbackUrl})[a-zA-Z]+}");

    private static boolean namesObjects(String endpoint, Rule rule) {
        return OBJECT.matcher(endpoint + rule.query() + rule.body()).find();
    }

    private static ApiResponse call(ApiClient client, String endpoint, Rule rule, Map<String, String> objects) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = fill(endpoint.substring(endpoint.indexOf(' ') + 1), objects)
                + (rule.query().isEmpty() ? "" : "?" + fill(rule.query(), objects));
        String body = rule.body().isEmpty() ? "{}" : fill(rule.body(), objects);
        return switch (method) {
            case "GET" -> client.get(path);
            case "POST" -> client.postRaw(path, body);
            case "PUT" -> client.putRaw(path, body);
            case "DELETE" -> client.delete(path);
            default -> throw new IllegalStateException("no probe for " + method);
        };
    }

    private static String fill(String template, Map<String, String> objects) {
        String filled = template;
        for (var object : objects.entrySet()) {
            filled = filled.replace("{" + object.getKey() + "}", object.getValue());
        }
        return filled;
    }

    private Set<String> mappedEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            for (String pattern : info.getPatternValues()) {
                if (NOT_API.stream().anyMatch(pattern::startsWith)) {
                    continue;
                }
                info.getMethodsCondition().getMethods().forEach(method -> endpoints.add(method.name() + " " + pattern
                        .replace("/v1.0/team-features/lead-pond/{id}", "/v1.0/team-features/lead-pond/{pondId}")
                        .replace("/leadline/v1/leads/{leadId}/trash", "/leadline/v1/leads/{trashedLeadId}/trash")
                        .replace("/leadline/v1/leads/{leadId}/restore", "/leadline/v1/leads/{trashedLeadId}/restore")));
            }
        }
        return endpoints;
    }

    /**
     * Team A's rows in every table that carries a team id, except those that change by themselves (count folding,
     * rate-limit windows, webhook delivery bookkeeping).
     */
    private String fingerprint(long teamId) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        List<String> tables = jdbc.queryForList("""
                SELECT LOWER(table_name) FROM information_schema.columns
                WHERE LOWER(column_name) = 'team_id' AND LOWER(table_schema) IN ('public')
                ORDER BY 1""", String.class);
        StringBuilder all = new StringBuilder();
        for (String table : tables) {
            if (Set.of("lead_counts", "lead_count_deltas", "lead_count_compactor", "rate_limit_windows", "webhook_messages",
                    "webhook_attempts", "webhook_events", "idempotency_keys").contains(table)) {
                continue;
            }
            List<String> rows = new ArrayList<>(jdbc.queryForList("SELECT * FROM " + table + " WHERE team_id = ?", teamId)
                    .stream().map(row -> new TreeMap<>(row).toString()).toList());
            rows.sort(null);
            all.append(table).append(rows);
        }
        return all.toString();
    }

    private static long firstDelivery(ApiClient owner, long subscription) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            long id = owner.get("/leadline/v1/webhooks/" + subscription + "/deliveries").json().path("deliveries")
                    .path(0).path("messageId").asLong();
            if (id > 0) {
                return id;
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("no delivery of subscription " + subscription + " within 10 s");
    }

    private record Fixture(
            long teamId,
            ApiClient admin,
            ApiClient otherOfficeAgent,
            ApiClient otherOwner,
            ApiClient otherAgent,
            ApiClient revoked,
            Map<String, String> real,
            Map<String, String> missing) {}

    private Fixture fixture() {
        TestTeam team = newTeam();
        long north = team.office("North", null);
        long south = team.office("South", null);
        TestTeam.TestMember admin = team.member("ADMIN", null);
        TestTeam.TestMember northAgent = team.agent(north);
        TestTeam.TestMember southAgent = team.agent(south);
        TestTeam other = newTeam();
        TestTeam.TestMember otherAgent = other.agent(null);
        TestTeam.TestMember revoked = team.agent(north);
        long revokedKey = team.owner().get("/leadline/v1/api-keys").json().path("apiKeys").valueStream()
                .filter(k -> k.path("userId").asLong() == revoked.userId())
                .findFirst().orElseThrow().path("id").asLong();
        assertThat(team.owner().delete("/leadline/v1/api-keys/" + revokedKey).status()).isEqualTo(200);

        Map<String, Object> northOwned = aLead().with("ownershipScope", "OFFICE").with("ownershipId", north).build();
        long lead = team.createLead(team.owner(), northOwned);
        long trashed = team.createLead(team.owner(), northOwned);
        assertThat(team.owner().delete("/v1.0/leads/" + trashed + "?reason=test").status()).isEqualTo(200);
        long note = team.owner().post("/v1.0/notes", Map.of("leadId", lead, "content", "private")).json().path("noteId").asLong();
        long transaction = team.owner().post("/v1.0/leads/" + lead + "/transaction", Map.of("transactionName", "Deal"))
                .json().path("transactionId").asLong();
        long pond = team.owner().post("/leadline/v1/routing/ponds", Map.of("pondName", "North pond",
                "pondOwnerId", team.ownerUserId(), "agentIds", List.of(northAgent.userId()))).json().path("id").asLong();
        long rule = team.owner().post("/leadline/v1/routing/rules", Map.of("name", "North rule",
                "routingStrategy", Map.of("strategyType", 4, "groupId", pond))).json().path("id").asLong();
        long subscription = team.owner().post("/v1.0/webhook", Map.of("listId", 2, "callbackUrl", receiver.url("/hook")))
                .json().path("subscribeId").asLong();
        team.createLead(team.owner(), aLead().build());
        long message = firstDelivery(team.owner(), subscription);
        long ownerKey = team.owner().get("/leadline/v1/api-keys").json().path("apiKeys").valueStream()
                .filter(k -> k.path("userId").asLong() == team.ownerUserId())
                .findFirst().orElseThrow().path("id").asLong();

        Map<String, String> real = Map.ofEntries(
                Map.entry("leadId", Long.toString(lead)),
                Map.entry("trashedLeadId", Long.toString(trashed)),
                Map.entry("noteId", Long.toString(note)),
                Map.entry("transactionId", Long.toString(transaction)),
                Map.entry("pondId", Long.toString(pond)),
                Map.entry("ruleId", Long.toString(rule)),
                Map.entry("subscribeId", Long.toString(subscription)),
                Map.entry("messageId", Long.toString(message)),
                Map.entry("keyId", Long.toString(ownerKey)),
                Map.entry("userId", Long.toString(team.ownerUserId())),
                Map.entry("officeId", Long.toString(north)),
                Map.entry("account", northAgent.email()),
                Map.entry("type", "1"),
                Map.entry("callbackUrl", receiver.url("/intruder")));
        Map<String, String> missing = new TreeMap<>();
        real.forEach((name, value) -> missing.put(name, value.matches("\\d{6,}") ? "4503599627370001" : value));
        missing.put("account", "nobody-" + lead + "@example.com");
        return new Fixture(team.teamId(), admin.client(), southAgent.client(), other.owner(), otherAgent.client(),
                revoked.client(), real, missing);
    }
}
