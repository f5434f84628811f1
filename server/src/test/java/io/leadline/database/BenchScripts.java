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
}
