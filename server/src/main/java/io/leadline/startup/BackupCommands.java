package io.leadline.startup;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * {@code admin backup FILE}: asks the running server for a consistent backup of its embedded database and saves it
 * (the server keeps serving meanwhile; the key is a server administrator's). {@code admin restore FILE}: puts such a
 * backup into an empty data directory, with no server running on it. Neither starts a server.
 */
final class BackupCommands {

    static final String DATABASE_FILE = "leadline.mv.db";

    private final Map<String, String> options = new LinkedHashMap<>();
    private final Path file;
    private final PrintStream out;

    private BackupCommands(String[] args, PrintStream out) {
        if (args.length < 3 || args[2].startsWith("--")) {
            throw new IllegalArgumentException("admin " + args[1] + " needs a file");
        }
        this.file = Path.of(args[2]);
        for (int i = 3; i < args.length; i++) {
            if (!args[i].startsWith("--") || !args[i].contains("=")) {
                throw new IllegalArgumentException("unexpected '" + args[i] + "'");
            }
            options.put(args[i].substring(2, args[i].indexOf('=')), args[i].substring(args[i].indexOf('=') + 1));
        }
        this.out = out;
    }

    /** The exit code: 0 done, 1 refused or failed (said on {@code err}), 2 a usage error. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        BackupCommands command;
        try {
            command = new BackupCommands(args, out);
        } catch (IllegalArgumentException wrong) {
            err.println("admin " + args[1] + ": " + wrong.getMessage() + "\n" + OperatorCommand.USAGE);
            return 2;
        }
        try {
            return args[1].equals("backup") ? command.backup() : command.restore();
        } catch (IOException | IllegalStateException | IllegalArgumentException failed) {
            err.println("admin " + args[1] + ": " + failed.getMessage());
            return 1;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private int backup() throws IOException, InterruptedException {
        if (Files.exists(file)) {
            throw new IllegalStateException(file + " exists already: choose a new file");
        }
        String key = options.getOrDefault("key", System.getenv().getOrDefault("LEADLINE_KEY", ""));
        if (key.isEmpty()) {
            throw new IllegalArgumentException("needs a server administrator's API key: --key=KEY or LEADLINE_KEY");
        }
        String server = options.getOrDefault("server", "http://localhost:8080").replaceAll("/+$", "");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        HttpResponse<Path> answer = http.send(HttpRequest.newBuilder(URI.create(server + "/leadline/v1/backup"))
                .header("Authorization", "token " + key).GET().build(), HttpResponse.BodyHandlers.ofFile(partial));
        if (answer.statusCode() != 200) {
            String body = Files.readString(partial);
            Files.deleteIfExists(partial);
            throw new IllegalStateException("the server refused: " + answer.statusCode() + " " + body);
        }
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
        out.printf("Backed up to %s (%,d bytes). Restore it with: leadline admin restore %s --leadline.data-dir=<empty directory>%n",
                file, Files.size(file), file);
        return 0;
    }

    private int restore() throws IOException {
        // application.yml's default, read before any Spring environment exists
        String home = System.getenv().getOrDefault("HOME", System.getProperty("user.home"));
        Path dataDir = Path.of(options.getOrDefault("leadline.data-dir", System.getenv().getOrDefault("LEADLINE_DATA_DIR",
                Path.of(home, ".leadline").toString()))).toAbsolutePath().normalize();
        Path database = dataDir.resolve(DATABASE_FILE);
        if (Files.exists(database)) {
            throw new IllegalStateException(dataDir + " holds a database already: restore into an empty data directory"
                    + " (--leadline.data-dir=DIR), then start the server on it");
        }
        Files.createDirectories(dataDir);
        boolean found = false;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(DATABASE_FILE)) {
                    copy(zip, database);
                    found = true;
                }
            }
        }
        if (!found) {
            throw new IllegalStateException(file + " is no Leadline backup: it holds no " + DATABASE_FILE);
        }
        out.printf("Restored %s into %s. Start the server on it: leadline --leadline.data-dir=%s%n", file, dataDir, dataDir);
        return 0;
    }

    private static void copy(InputStream in, Path target) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
    }
}
