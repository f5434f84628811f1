package io.leadline.database;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The shell scripts the database benchmarks drive ({@code bench/pg-cluster}, {@code bench/pg-pitr}), from the repository root. */
final class BenchScripts {

    private BenchScripts() {}

    /** Runs the script with its output shown; a failure stops the benchmark. */
    static void run(String script, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(script));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(script + " " + String.join(" ", args) + " failed");
        }
    }

    static void cluster(String... args) throws IOException, InterruptedException {
        run("bench/pg-cluster", args);
    }

    /** Where {@link #startCluster} puts the monitor; the first primary is on the next port, the standby on the one after. */
    static final int MONITOR_PORT = 55431;
    static final int FIRST_PRIMARY_PORT = MONITOR_PORT + 1;
    static final int FIRST_STANDBY_PORT = MONITOR_PORT + 2;
    /** The cluster's database as Leadline's nodes reach it: whichever server is the primary. */
    static final String CLUSTER_URL = "jdbc:postgresql://127.0.0.1:" + FIRST_PRIMARY_PORT + ",127.0.0.1:" + FIRST_STANDBY_PORT
            + "/leadline?targetServerType=primary";

    /** A new cluster under {@code dir} (bench/pg-cluster) holding an empty database {@code leadline}. */
    static void startCluster(java.nio.file.Path dir) throws Exception {
        cluster("start", dir.toString(), String.valueOf(MONITOR_PORT));
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(
                        "jdbc:postgresql://127.0.0.1:" + FIRST_PRIMARY_PORT + "/postgres", "postgres", "");
                java.sql.Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE leadline");
        }
    }
}
