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
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A team with one of every object the API names (an office-owned lead, a trashed one, a note, a transaction, a pond,
 * a routing rule, a webhook subscription with a delivery, keys), the callers around it, and a fingerprint of its rows,
 * for tests that walk every endpoint (LL-13).
 */
@TestPropertySource(properties = {
    "leadline.webhooks.allow-insecure-targets=true",
    "leadline.webhooks.poll-interval=PT0.05S",
    "leadline.webhooks.max-backoff=PT0.3S",
    "leadline.webhooks.retry-for=PT4S"
})
abstract class EndpointTestBase extends ApiTestBase {

    @Autowired
    DataSource dataSource;

    final WebhookReceiver receiver = new WebhookReceiver();

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    /** Calls "METHOD /path/{object}" with its query and body, the placeholders filled from {@code objects}. */
    static ApiResponse call(ApiClient client, String endpoint, String query, String bodyTemplate, Map<String, String> objects) {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String path = fill(endpoint.substring(endpoint.indexOf(' ') + 1), objects)
                + (query.isEmpty() ? "" : "?" + fill(query, objects));
        String body = bodyTemplate.isEmpty() ? "{}" : fill(bodyTemplate, objects);
        return switch (method) {
            case "GET" -> client.get(path);
            case "POST" -> client.postRaw(path, body);
            case "PUT" -> client.putRaw(path, body);
            case "DELETE" -> client.delete(path);
            default -> throw new IllegalStateException("no probe for " + method);
        };
    }

    static String fill(String template, Map<String, String> objects) {
        String filled = template;
        for (var object : objects.entrySet()) {
            filled = filled.replace("{" + object.getKey() + "}", object.getValue());
        }
        return filled;
    }

    /** The tables whose rows differ between two fingerprints, for a failure message. */
    static String changedTables(String before, String after) {
        List<String> changed = new ArrayList<>();
        for (String table : after.split("(?=\\n)")) {
            if (!before.contains(table)) {
                changed.add(table.substring(1, Math.min(table.length(), 400)));
            }
        }
        return String.join("; ", changed);
    }

    /** The dispatchers stamp their subscriptions as they work, and keys their last use; that is not a change anyone made. */
    private static String withoutBookkeeping(Map<String, Object> row) {
        TreeMap<String, Object> kept = new TreeMap<>(row);
        kept.keySet().removeAll(Set.of("last_dispatch_at", "blocked_until", "lease_token", "last_used_at"));
        return kept.toString();
    }

    /**
     * Team A's rows in every table that carries a team id, except those that change by themselves (count folding,
     * rate-limit windows, webhook delivery bookkeeping).
     */
    String fingerprint(long teamId) {
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
                    .stream().map(EndpointTestBase::withoutBookkeeping).toList());
            rows.sort(null);
            all.append('\n').append(table).append(rows);
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
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
        throw new AssertionError("no delivery of subscription " + subscription + " within 10 s");
    }

    record Fixture(
            long teamId,
            ApiClient owner,
            ApiClient admin,
            ApiClient otherOfficeAgent,
            ApiClient otherOwner,
            ApiClient otherAgent,
            ApiClient revoked,
            Map<String, String> real,
            Map<String, String> missing) {}

    Fixture fixture() {
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
        long logTypeId = team.owner().post("/v1.0/logType", Map.of("leadId", lead, "logType", "logText", "content", "private"))
                .json().path("logType").path("id").asLong();
        long transaction = team.owner().post("/v1.0/leads/" + lead + "/transaction", Map.of("transactionName", "Deal"))
                .json().path("transactionId").asLong();
        long task = team.owner().post("/v2.0/tasks", Map.of("leadId", lead, "content", "Call back", "type", "Call",
                "assignedRole", "Agent", "endAt", "2030-01-01T10:00:00Z")).json().path("taskId").asLong();
        String appointment = team.owner().post("/v2.0/calendar", Map.of("type", "APPOINTMENT", "leadId", lead, "content", "Showing",
                "timeZoneCode", "UTC", "startAt", "2030-01-02T10:00:00Z", "endAt", "2030-01-02T11:00:00Z"))
                .json().path("data").path("id").asString();
        Map<String, Long> communications = new java.util.HashMap<>();
        for (String channel : List.of("CALL", "EMAIL", "TEXT")) {
            communications.put(channel, team.owner().post("/leadline/v1/communications", Map.of("leadId", lead, "channel", channel,
                    "body", "private")).json().path("communicationId").asLong());
        }
        long field = team.owner().post("/leadline/v1/transaction-custom-fields", Map.of("name", "Escrow", "type", "TEXT"))
                .json().path("id").asLong();
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

        long survivor = team.createLead(team.owner(), northOwned);
        long merged = team.createLead(team.owner(), northOwned);
        long merge = team.owner().post("/leadline/v1/leads/" + survivor + "/merge", Map.of("from", List.of(merged)))
                .json().path("mergeId").asLong();
        long importJob = team.owner().postBytes("/leadline/v1/imports?mapping=leadline",
                "firstName\nAnn\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/csv").json().path("importId").asLong();
        team.owner().post("/leadline/v1/imports/" + importJob + "/cancel", Map.of()); // settled: no runner changes it later
        Map<String, String> real = Map.ofEntries(
                Map.entry("importId", Long.toString(importJob)),
                Map.entry("mergeId", Long.toString(merge)),
                Map.entry("name", "intruders"),
                Map.entry("leadId", Long.toString(lead)),
                Map.entry("trashedLeadId", Long.toString(trashed)),
                Map.entry("noteId", Long.toString(note)),
                Map.entry("logTypeId", Long.toString(logTypeId)),
                Map.entry("transactionId", Long.toString(transaction)),
                Map.entry("fieldId", Long.toString(field)),
                Map.entry("taskId", Long.toString(task)),
                Map.entry("callId", Long.toString(communications.get("CALL"))),
                Map.entry("emailId", Long.toString(communications.get("EMAIL"))),
                Map.entry("textId", Long.toString(communications.get("TEXT"))),
                Map.entry("calendarId", appointment),
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
        missing.put("calendarId", "4503599627370001-appointment");
        return new Fixture(team.teamId(), team.owner(), admin.client(), southAgent.client(), other.owner(), otherAgent.client(),
                revoked.client(), real, missing);
    }
}
