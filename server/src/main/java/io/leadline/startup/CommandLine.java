package io.leadline.startup;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the command line asks that needs no server: {@code --help}, {@code --version}, and the administration
 * command's usage (asked for, or a verb that does not exist). Answered in milliseconds, before Spring starts, and
 * without touching the database (a {@code --help} that started the server would spend the one-time first-start key).
 */
public final class CommandLine {

    static final String USAGE = """
            usage: leadline [--<setting>=<value> ...]     start the server
                   leadline admin <command> [...]          the offline administration command (leadline admin --help)
                   leadline sandbox [--port N] [--fixtures FILE]
                                                           a sandbox for testing integrations (leadline sandbox --help)
                   leadline import FILE --mapping=NAME ...  import leads into a running server (leadline import --help)
                   leadline export FILE ...                export leads from a running server
                   leadline --version                      the version and the commit it was built from
                   leadline --help                         this text
            Settings come from the environment (LEADLINE_DATA_DIR, SPRING_DATASOURCE_URL, ...) or as --name=value, for
            example --server.port=8080 --leadline.data-dir=/var/lib/leadline; docs/operations.md lists them all.""";

    private static final Pattern VERB = Pattern.compile("admin ([a-z-]+)");
    private static final Set<String> HELP = Set.of("--help", "-h", "help");

    private CommandLine() {}

    /** The exit code when the arguments were answered here; empty when the server or a command must start. */
    public static OptionalInt answer(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            return OptionalInt.empty();
        }
        if (HELP.contains(args[0])) {
            out.println(USAGE);
            return OptionalInt.of(0);
        }
        if (args[0].equals("--version")) {
            out.println(version());
            return OptionalInt.of(0);
        }
        if (args[0].equals("sandbox")) {
            return sandbox(args, out, err);
        }
        if (args[0].equals("import") || args[0].equals("export")) {
            return OptionalInt.of(args.length > 1 && HELP.contains(args[1]) ? help(out) : TransferCommand.run(args, out, err));
        }
        if (!args[0].equals("admin")) {
            return OptionalInt.empty();
        }
        if (args.length > 1 && HELP.contains(args[1])) {
            out.println(OperatorCommand.USAGE);
            return OptionalInt.of(0);
        }
        String verb = args.length > 1 ? args[1] : "";
        if (verb.equals("backup") || verb.equals("restore")) {
            return OptionalInt.of(BackupCommands.run(args, out, err));
        }
        if (!verbs().contains(verb)) {
            err.println((verb.isEmpty() ? "admin needs a command" : "admin has no command '" + verb + "'") + "\n"
                    + OperatorCommand.USAGE);
            return OptionalInt.of(2);
        }
        return OptionalInt.empty();
    }

    private static int help(PrintStream out) {
        out.println(TransferCommand.USAGE);
        return 0;
    }

    private static OptionalInt sandbox(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 1 && HELP.contains(args[1])) {
            out.println(SandboxCommand.USAGE);
            return OptionalInt.of(0);
        }
        try {
            SandboxCommand.parse(args);
            return OptionalInt.empty();
        } catch (IllegalArgumentException wrong) {
            err.println("sandbox: " + wrong.getMessage() + "\n" + SandboxCommand.USAGE);
            return OptionalInt.of(2);
        }
    }

    static Set<String> verbs() {
        Matcher found = VERB.matcher(OperatorCommand.USAGE);
        return found.results().map(match -> match.group(1)).collect(Collectors.toUnmodifiableSet());
    }

    /** "leadline 0.1.0 (commit 1a2b3c4, built 2026-12-05T10:00:00Z)", from what the build put in the jar. */
    static String version() {
        Properties build = properties("META-INF/build-info.properties");
        Properties git = properties("git.properties");
        List<String> details = new java.util.ArrayList<>();
        if (git.getProperty("git.commit.id.abbrev") != null) {
            details.add("commit " + git.getProperty("git.commit.id.abbrev")
                    + ("true".equals(git.getProperty("git.dirty")) ? " with local changes" : ""));
        }
        if (build.getProperty("build.time") != null) {
            details.add("built " + build.getProperty("build.time"));
        }
        return "leadline " + build.getProperty("build.version", "(version unknown: not built by Maven)")
                + (details.isEmpty() ? "" : " (" + String.join(", ", details) + ")");
    }

    private static Properties properties(String resource) {
        Properties properties = new Properties();
        try (InputStream in = CommandLine.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // an unreadable file tells no version; the answer says so
        }
        return properties;
    }
}
