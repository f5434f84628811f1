package io.leadline.tasks;

import static io.leadline.testing.TestLeads.aLead;

import io.leadline.testing.ApiClient;
import io.leadline.testing.ApiResponse;
import io.leadline.testing.BenchServer;
import io.leadline.testing.Latencies;
import io.leadline.testing.WebhookReceiver;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The tasks benchmark (LL-15), run by {@code bench/run tasks [--h2] [--leads=N] [--tasks=N] [--reminders=N]}: an
 * agent with 50,000 tasks and appointments across 10,000 leads (leads through the API, entries by SQL batch over two
 * years), then the first page of my-tasks, a cursor walk of them all, and a month of the calendar; then two server
 * nodes on the database and 10,000 reminders due in the same second, delivered to a local receiver: the lag of each
 * delivery after its due time and how many were delivered twice. Prints figures and asserts nothing.
 */
public final class TaskBenchmark {

    private static final int TIMED = 500;
    /** Entry ids of the bulk load: far above the id blocks the server hands out, still below 2^53. */
    private static final long BULK_IDS = 8_000_000_000_000_000L;

    private TaskBenchmark() {}

    public static void main(String[] args) throws Exception {
        boolean h2 = Arrays.asList(args).contains("--h2");
        int leads = BenchServer.intOption(args, "--leads=", 10_000);
        int tasks = BenchServer.intOption(args, "--tasks=", 50_000);
        int reminders = BenchServer.intOption(args, "--reminders=", 10_000);
        String url = h2 ? BenchServer.freshH2(Path.of("target", "bench", "tasks-h2")) : BenchServer.freshPostgres("leadline_tasks_bench");
        String[] node = {"--leadline.webhooks.allow-insecure-targets=true"};
        try (ConfigurableApplicationContext server = BenchServer.start(url, node);
                ConfigurableApplicationContext second = BenchServer.start(url, node)) {
            System.out.printf("%nTasks benchmark on %s%n", h2 ? "H2 (embedded, file)" : "PostgreSQL");
            ApiClient owner = BenchServer.ownerOfNewTeam(server, "Tasks benchmark");
            long agentId = owner.post("/leadline/v1/users", Map.of("email", "agent@bench.example", "firstName", "Bench",
                    "lastName", "Agent", "role", "AGENT")).json().path("userId").asLong();
            ApiClient agent = owner.as("token " + owner.post("/leadline/v1/api-keys", Map.of("userId", agentId, "name", "bench"))
                    .json().path("key").asString());
            List<Long> leadIds = loadLeads(owner, leads, agentId);
            long teamId = owner.get("/v1.0/me").json().path("teamId").asLong();
            DataSource db = server.getBean(DataSource.class);
            loadEntries(db, teamId, agentId, leadIds, tasks);
            reads(agent, tasks);
            reminders(db, owner, teamId, agentId, leadIds, reminders);
        }
        System.exit(0);
    }

    private static List<Long> loadLeads(ApiClient owner, int count, long agentId) throws Exception {
        long started = System.nanoTime();
        List<Callable<Long>> creates = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            creates.add(() -> owner.post("/v1.0/leads", aLead().with("assignedUserId", agentId).build()).leadId());
        }
        List<Long> ids = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (Future<Long> id : pool.invokeAll(creates)) {
                ids.add(id.get());
            }
        }
        System.out.printf("Loaded %,d leads through the API in %.1f s%n", count, (System.nanoTime() - started) / 1e9);
        return ids;
    }

    /** Every tenth entry an appointment of an hour, the rest tasks; starts spread evenly over two years around today. */
    private static void loadEntries(DataSource db, long teamId, long agentId, List<Long> leads, int count) throws Exception {
        long started = System.nanoTime();
        Instant from = Instant.now().minus(Duration.ofDays(365));
        long step = Duration.ofDays(730).toMillis() / count;
        try (Connection c = db.getConnection(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO tasks (id, team_id, lead_id, kind, task_way, content, assignee_user_id, assigned_role, creator_user_id,
                    starts_at, due_at, time_zone, all_day, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'Agent', ?, ?, ?, 'UTC', FALSE, ?, ?)""")) {
            c.setAutoCommit(false);
            Timestamp now = Timestamp.from(Instant.now());
            for (int i = 0; i < count; i++) {
                boolean appointment = i % 10 == 0;
                Instant start = from.plusMillis(step * i);
                insert.setLong(1, BULK_IDS + i);
                insert.setLong(2, teamId);
                insert.setLong(3, leads.get(i % leads.size()));
                insert.setString(4, appointment ? "APPOINTMENT" : "TASK");
                insert.setString(5, appointment ? null : "Call");
                insert.setString(6, "Follow up " + i);
                insert.setLong(7, agentId);
                insert.setLong(8, agentId);
                insert.setTimestamp(9, Timestamp.from(start));
                insert.setTimestamp(10, Timestamp.from(appointment ? start.plus(Duration.ofHours(1)) : start));
                insert.setTimestamp(11, now);
                insert.setTimestamp(12, now);
                insert.addBatch();
                if (i % 1000 == 999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
            try (var statement = c.createStatement()) {
                statement.execute("UPDATE leads l SET next_task_at = (SELECT MIN(t.due_at) FROM tasks t WHERE t.lead_id = l.id)"
                        + " WHERE l.team_id = " + teamId);
                c.commit();
                if (!db.getConnection().getMetaData().getURL().startsWith("jdbc:h2")) {
                    statement.execute("ANALYZE");
                }
            }
        }
        System.out.printf("Loaded %,d tasks and appointments of one agent by SQL batch in %.1f s%n", count,
                (System.nanoTime() - started) / 1e9);
    }

    private static void reads(ApiClient agent, int count) {
        for (int i = 0; i < 300; i++) {
            agent.getBody("/v2.0/tasks/my-tasks");
        }
        LocalDate month = LocalDate.now().withDayOfMonth(1);
        String calendar = "/v2.0/calendar?startTime=" + month.atStartOfDay().atOffset(ZoneOffset.UTC)
                + "&endTime=" + month.plusMonths(1).atStartOfDay().atOffset(ZoneOffset.UTC) + "&includeFinished=true";
        System.out.printf("%n%-46s %8s %8s %8s%n", "one client (ms)", "p50", "p95", "p99");
        Latencies.print("my-tasks, first page (limit 10)", timedGets(agent, "/v2.0/tasks/my-tasks"));
        Latencies.print("my-tasks, first page (limit 100)", timedGets(agent, "/v2.0/tasks/my-tasks?limit=100"));
        Latencies.print("calendar, this month (page of 20)", timedGets(agent, calendar));
        Latencies.print("calendar, this month (page of 100)", timedGets(agent, calendar + "&pageSize=100"));
        int monthEntries = ApiClient.JSON.readTree(agent.getBody(calendar)).path("data").path("total").asInt();
        System.out.printf("(the month holds %,d of the agent's %,d entries)%n", monthEntries, count);

        long cursor = 0;
        int seen = 0;
        List<Double> pageMs = new ArrayList<>();
        long started = System.nanoTime();
        while (true) {
            long pageStarted = System.nanoTime();
            JsonNode page = ApiClient.JSON.readTree(agent.getBody("/v2.0/tasks/my-tasks?limit=100&currentId=" + cursor)).path("tasks");
            if (page.isEmpty()) {
                break;
            }
            pageMs.add((System.nanoTime() - pageStarted) / 1e6);
            seen += page.size();
            cursor = page.get(page.size() - 1).path("id").asLong();
        }
        int ends = Math.min(20, pageMs.size());
        System.out.printf("my-tasks walked by cursor: %,d entries in %d pages of 100 in %.2f s;"
                        + " mean of the first %d pages %.2f ms, of the last %d pages %.2f ms%n",
                seen, pageMs.size(), (System.nanoTime() - started) / 1e9, ends,
                pageMs.subList(0, ends).stream().mapToDouble(Double::doubleValue).average().orElse(0), ends,
                pageMs.subList(pageMs.size() - ends, pageMs.size()).stream().mapToDouble(Double::doubleValue).average().orElse(0));
    }

    /**
     * Reminders set by SQL on entries of the load (as if set through the API), all due at one instant a few seconds
     * ahead; both nodes sweep. A subscriber of list 10 receives them; each one's lag is its receipt minus its due time.
     */
    private static void reminders(DataSource db, ApiClient owner, long teamId, long agentId, List<Long> leads, int count)
            throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            for (int listId : List.of(10, 11)) {
                ApiResponse subscribed = owner.post("/v1.0/webhook", Map.of("listId", listId, "callbackUrl",
                        receiver.url("/reminders"), "limit", 1000));
                if (subscribed.status() != 200) {
                    throw new IllegalStateException("subscription refused: " + subscribed);
                }
            }
            Instant due = Instant.now().plusSeconds(5);
            try (Connection c = db.getConnection(); PreparedStatement arm = c.prepareStatement(
                    "UPDATE tasks SET reminder_at = ?, reminder_due_at = ? WHERE id >= ? AND id < ?")) {
                arm.setTimestamp(1, Timestamp.from(due));
                arm.setTimestamp(2, Timestamp.from(due));
                arm.setLong(3, BULK_IDS);
                arm.setLong(4, BULK_IDS + count);
                arm.executeUpdate();
            }
            receiver.await(r -> reminderItems(r) >= count, Duration.ofSeconds(60));
            Thread.sleep(2000);
            Map<Long, Integer> times = new HashMap<>();
            long[] lags = new long[count];
            int n = 0;
            for (WebhookReceiver.Received post : receiver.received()) {
                for (String bucket : List.of("taskReminder", "appointmentReminder")) {
                    for (JsonNode item : post.json().path(bucket)) {
                        long id = item.path(bucket.equals("taskReminder") ? "taskId" : "appointmentId").asLong();
                        if (times.merge(id, 1, Integer::sum) == 1 && n < count) {
                            lags[n++] = (post.receivedAtMillis() - due.toEpochMilli()) * 1_000_000L;
                        }
                    }
                }
            }
            long twice = times.values().stream().filter(v -> v > 1).count();
            System.out.printf("%n%,d reminders due at one instant, two nodes: %,d delivered, %d more than once, %d never%n",
                    count, times.size(), twice, count - times.size());
            System.out.printf("%-46s %8s %8s %8s%n", "delivery after the due time (ms)", "p50", "p95", "p99");
            Latencies.print("reminder lag", Arrays.copyOf(lags, n));
            System.out.printf("last reminder delivered %.2f s after the due time%n",
                    Arrays.stream(Arrays.copyOf(lags, n)).max().orElse(0) / 1e9);
        }
    }

    private static int reminderItems(List<WebhookReceiver.Received> posts) {
        return posts.stream().mapToInt(p -> p.json().path("taskReminder").size() + p.json().path("appointmentReminder").size()).sum();
    }

    private static long[] timedGets(ApiClient client, String path) {
        long[] nanos = new long[TIMED];
        for (int i = 0; i < TIMED; i++) {
            long started = System.nanoTime();
            client.getBody(path);
            nanos[i] = System.nanoTime() - started;
        }
        return nanos;
    }
}
