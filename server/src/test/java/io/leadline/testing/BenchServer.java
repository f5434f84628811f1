package io.leadline.testing;

import io.leadline.Application;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** What the benchmarks share: a fresh database (PostgreSQL on 127.0.0.1 as postgres, or an H2 file) and a server on it. */
public final class BenchServer {

    public static final String ADMIN_KEY = "bench-admin-key";

    /** An authenticated request that reads nothing past authentication: what any request costs before its own work. */
    public static final String FLOOR_PATH = "/v1.0/routing/role/list";

    private BenchServer() {}

    public static String freshPostgres(String database) throws SQLException {
        try (Connection admin = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
                Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + database);
        }
        return "jdbc:postgresql://127.0.0.1:5432/" + database;
    }

    public static String freshH2(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return "jdbc:h2:file:./" + dir.resolve("leadline") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    public static ConfigurableApplicationContext start(String url, String... extraArgs) {
        boolean postgres = url.startsWith("jdbc:postgresql");
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + (postgres ? "postgres" : "sa"),
                "--spring.datasource.password=",
                "--leadline.bootstrap.api-key=" + ADMIN_KEY,
                "--leadline.rate-limit.enabled=false",
                "--leadline.duplicates.sweep-interval=PT0S",
                "--logging.level.root=WARN",
                "--spring.main.banner-mode=off"));
        for (String extra : extraArgs) {
            String key = extra.contains("=") ? extra.substring(0, extra.indexOf('=') + 1) : extra;
            args.removeIf(arg -> arg.startsWith(key));
            args.add(extra);
        }
        SpringApplication application = new SpringApplication(Application.class);
        // A singleton that is a BeanPostProcessor is applied as one; adding it as a post-processor too wraps twice.
        application.addInitializers(context -> context.getBeanFactory().registerSingleton("statementLog", new StatementLog()));
        return application.run(args.toArray(String[]::new));
    }

    public static String baseUrl(ConfigurableApplicationContext server) {
        return "http://127.0.0.1:" + server.getEnvironment().getProperty("local.server.port");
    }

    /** The owner of a new team, through the bootstrap administrator's key. */
    public static ApiClient ownerOfNewTeam(ConfigurableApplicationContext server, String teamName) {
        ApiClient admin = new ApiClient(baseUrl(server), "token " + ADMIN_KEY);
        ApiResponse team = admin.post("/leadline/v1/teams", java.util.Map.of("name", teamName,
                "owner", java.util.Map.of("email", "owner@bench.example", "firstName", "Bench", "lastName", "Owner")));
        return admin.as("token " + team.json().path("apiKey").path("key").asString());
    }

    /** Runs {@code count} calls on eight threads; each answers its status, and any other than 200 stops the load. */
    public static void concurrently(int count, java.util.function.IntFunction<java.util.concurrent.Callable<Integer>> call)
            throws Exception {
        List<java.util.concurrent.Callable<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            calls.add(call.apply(i));
        }
        try (java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            for (java.util.concurrent.Future<Integer> status : pool.invokeAll(calls)) {
                if (status.get() != 200) {
                    throw new IllegalStateException("a load request answered " + status.get());
                }
            }
        }
    }

    /** A whole-number command-line option such as {@code --entries=10000}, or the fallback. */
    public static int intOption(String[] args, String prefix, int fallback) {
        return java.util.Arrays.stream(args).filter(a -> a.startsWith(prefix)).findFirst()
                .map(a -> Integer.parseInt(a.substring(prefix.length()))).orElse(fallback);
    }
}
