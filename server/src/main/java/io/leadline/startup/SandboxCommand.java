package io.leadline.startup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * {@code leadline sandbox [--port N] [--fixtures FILE]}: a sandbox on a fresh embedded database in a temporary
 * directory (removed at exit), with a new server administrator's key. The server prints where it listens and the keys
 * as its first lines (README, "Testing your Lofty integration against Leadline"); anything else given is passed on
 * as a setting.
 */
public final class SandboxCommand {

    static final String USAGE = """
            usage: leadline sandbox [--port N] [--fixtures FILE] [--<setting>=<value> ...]
              --port N          listen on port N (default 8080; 0 picks a free one)
              --fixtures FILE   load this fixture file (JSON, or YAML: *.yaml, *.yml) at start; reset returns to it""";

    /**
     * The system property bin/leadline sets to the archive's embedded database with every migration applied and
     * nothing else (made by the build): the sandbox starts on a copy instead of migrating a new one.
     */
    public static final String MIGRATED_DATABASE = "leadline.sandbox.migrated-database";

    /** What was asked, or why not. */
    public record Options(int port, @Nullable Path fixtures, List<String> settings) {}

    private SandboxCommand() {}

    /** The options after {@code sandbox}; IllegalArgumentException says what is wrong with them. */
    public static Options parse(String[] args) {
        int port = 8080;
        Path fixtures = null;
        List<String> settings = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            boolean inline = arg.contains("=");
            switch (name) {
                case "--port" -> {
                    String value = inline ? arg.substring(arg.indexOf('=') + 1) : next(args, ++i, "--port");
                    port = port(value);
                }
                case "--fixtures" -> {
                    fixtures = Path.of(inline ? arg.substring(arg.indexOf('=') + 1) : next(args, ++i, "--fixtures"));
                    if (!Files.isRegularFile(fixtures)) {
                        throw new IllegalArgumentException("no fixture file at " + fixtures.toAbsolutePath());
                    }
                }
                default -> {
                    if (!arg.startsWith("--") || !inline) {
                        throw new IllegalArgumentException("sandbox does not take '" + arg + "'");
                    }
                    settings.add(arg);
                }
            }
        }
        return new Options(port, fixtures, List.copyOf(settings));
    }

    /**
     * The server's arguments for these options, on this data directory, with this administrator's key; announced,
     * it prints its address and keys as its first lines (a process of its own), otherwise it only warns (in a test's
     * JVM, {@code EmbeddedSandbox}).
     */
    public static String[] serverArguments(Options options, Path dataDir, String administratorKey, boolean announced) {
        List<String> arguments = new ArrayList<>(List.of(
                "--leadline.sandbox.enabled=true",
                "--leadline.sandbox.announce=" + announced,
                "--leadline.data-dir=" + dataDir,
                "--leadline.bootstrap.api-key=" + administratorKey,
                "--server.port=" + options.port(),
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN"));
        if (announced) {
            // the first lines are the announcement, which says it is a sandbox
            arguments.add("--logging.level.io.leadline.sandbox.SandboxWarning=ERROR");
        }
        if (options.fixtures() != null) {
            arguments.add("--leadline.sandbox.fixtures=" + options.fixtures().toAbsolutePath());
        }
        arguments.addAll(options.settings());
        return arguments.toArray(String[]::new);
    }

    /** A fresh directory for the database, removed with everything in it when the process ends. */
    public static Path temporaryDataDir() {
        try {
            Path dir = Files.createTempDirectory("leadline-sandbox-");
            // both: Spring's handlers run once the server has closed the database, but the server's exit may halt the
            // JVM before its other hooks finish
            org.springframework.boot.SpringApplication.getShutdownHandlers().add(() -> remove(dir));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> remove(dir)));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for the sandbox's database", e);
        }
    }

    /**
     * Puts a copy of the migrated database where the sandbox's embedded database will be; without one (from the
     * source tree) or if it cannot be read, the start migrates a new database as any first start does.
     */
    public static void copyMigratedDatabase(@Nullable String migrated, Path dataDir) {
        if (migrated == null || !Files.isReadable(Path.of(migrated))) {
            return;
        }
        try {
            Files.copy(Path.of(migrated), dataDir.resolve("leadline.mv.db"));
        } catch (IOException unreadable) {
            // the ordinary way: Flyway migrates the new database
        }
    }

    public static String newAdministratorKey() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return "sandbox-admin-" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    private static String next(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException notANumber) {
            // answered below
        }
        throw new IllegalArgumentException("--port takes 0-65535, not '" + value + "'");
    }

    /** Removes a data directory and everything in it, as far as it can. */
    public static void remove(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException gone) {
            // a temporary directory the system cleans up anyway
        }
    }
}
