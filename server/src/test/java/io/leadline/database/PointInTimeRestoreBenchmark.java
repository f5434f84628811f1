package io.leadline.database;

import static io.leadline.testing.TestLeads.aLead;

import io.leadline.Application;
import io.leadline.testing.ApiClient;
import io.leadline.testing.BenchServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The point-in-time restore (LL issue 33), run by {@code bench/run restore [--leads=1000]}: a PostgreSQL archiving
 * its WAL to a pgBackRest repository ({@code bench/pg-pitr}, the settings of docs/operations.md), a Leadline server
 * on it. Leads are created, a full backup is taken, more leads are created (only the archived WAL holds them), then
 * "the bad delete": a third of the leads trashed and some people erased. PostgreSQL is restored to the moment just
 * before it; the server started again finds every lead live and every erased address back, and
 * {@code admin check-index} finds the search index consistent. Prints what it finds; exits 1 if anything is missing.
 */
public final class PointInTimeRestoreBenchmark {

    private static final int PORT = 55441;
    private static final String URL = "jdbc:postgresql://127.0.0.1:" + PORT + "/leadline";

    private PointInTimeRestoreBenchmark() {}

    public static void main(String[] args) throws Exception {
        int count = BenchServer.intOption(args, "--leads=", 1000);
        Path dir = Files.createTempDirectory("leadline-pitr", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        int failures;
        try {
            BenchScripts.run("bench/pg-pitr", "start", dir.toString(), String.valueOf(PORT));
            sql("jdbc:postgresql://127.0.0.1:" + PORT + "/postgres", "CREATE DATABASE leadline");
            failures = run(dir, count);
        } finally {
            BenchScripts.run("bench/pg-pitr", "stop", dir.toString());
        }
        System.exit(failures == 0 ? 0 : 1);
    }

    private static int run(Path dir, int count) throws Exception {
        List<Long> leads = new ArrayList<>();
        List<String> erased = new ArrayList<>();
        String beforeTheDelete;
        String ownerKey;
        try (ConfigurableApplicationContext server = BenchServer.start(URL)) {
            ApiClient owner = BenchServer.ownerOfNewTeam(server, "Restore benchmark");
            ownerKey = owner.authorization();
            create(owner, leads, count);
            long started = System.nanoTime();
            BenchScripts.run("bench/pg-pitr", "backup", dir.toString());
            System.out.printf("%n%,d leads created; full backup taken in %.1f s while the server ran%n", count, (System.nanoTime() - started) / 1e9);
            create(owner, leads, count / 2);
            System.out.printf("%,d more leads created after the backup (only the archived WAL holds them)%n", count / 2);
            beforeTheDelete = sqlValue("SELECT now()::text");
            for (int i = 0; i < leads.size(); i += 3) {
                var trashed = owner.delete("/v1.0/leads/" + leads.get(i) + "?reason=a%20careless%20script");
                require(trashed.status() == 200, "trashing lead " + leads.get(i) + ": " + trashed);
            }
            for (int i = 1; i < leads.size() && erased.size() < 20; i += 50) {
                String email = "restore" + i + "@bench.example";
                require(owner.post("/leadline/v1/people/erase", Map.of("email", email)).status() == 200, "erasing " + email);
                erased.add(email);
            }
            System.out.printf("The bad delete, after %s: %,d leads trashed, %d people erased; live leads now %,d%n",
                    beforeTheDelete, (leads.size() + 2) / 3, erased.size(), total(owner));
            BenchScripts.run("bench/pg-pitr", "archive", dir.toString());
        }
        long started = System.nanoTime();
        BenchScripts.run("bench/pg-pitr", "restore", dir.toString(), beforeTheDelete);
        System.out.printf("PostgreSQL restored to %s in %.1f s (pgbackrest restore --type=time, WAL replayed)%n",
                beforeTheDelete, (System.nanoTime() - started) / 1e9);
        try (ConfigurableApplicationContext server = BenchServer.start(URL)) {
            ApiClient owner = new ApiClient(BenchServer.baseUrl(server), ownerKey);
            long missing = leads.stream().filter(id -> owner.get("/v1.0/leads/" + id).status() != 200).count();
            long notFound = erased.stream().filter(email -> owner.get("/leadline/v1/people?email=" + email).json().path("leads").isEmpty()).count();
            System.out.printf("After the restore: live leads %,d of %,d (missing %d); erased addresses found again %d of %d%n",
                    total(owner), leads.size(), missing, erased.size() - notFound, erased.size());
            int check = Application.runAdmin("admin", "check-index", "--spring.datasource.url=" + URL,
                    "--spring.datasource.username=postgres", "--spring.datasource.password=");
            System.out.printf("admin check-index: exit %d%n", check);
            return (int) (missing + notFound) + check;
        }
    }

    private static void create(ApiClient owner, List<Long> leads, int count) throws Exception {
        int first = leads.size();
        List<Long> created = java.util.Collections.synchronizedList(new ArrayList<>());
        BenchServer.concurrently(count, i -> () -> {
            var response = owner.post("/v1.0/leads", aLead().with("emails", List.of("restore" + (first + i) + "@bench.example")).build());
            created.add(response.leadId());
            return response.status();
        });
        created.sort(null);
        leads.addAll(created);
    }

    private static long total(ApiClient owner) {
        return owner.get("/v1.0/leads?limit=1").json().path("_metadata").path("total").asLong();
    }

    private static void require(boolean condition, String what) {
        if (!condition) {
            throw new IllegalStateException(what + " failed");
        }
    }

    private static String sqlValue(String query) throws Exception {
        try (Connection connection = DriverManager.getConnection(URL, "postgres", "");
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(query)) {
            row.next();
            return row.getString(1);
        }
    }

    private static void sql(String url, String statementText) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute(statementText);
        }
    }
}
