package io.leadline.startup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code leadline import FILE} and {@code leadline export FILE}: a client of a running server's import and export
 * endpoints, with a progress line on the terminal and a summary at the end. No server starts: the command talks HTTP
 * to {@code --server} (default http://localhost:8080) with the API key in {@code --key} or {@code LEADLINE_KEY}.
 */
public final class TransferCommand {

    static final String USAGE = """
            usage: leadline import FILE --mapping=NAME [--format=csv|jsonl] [--duplicates=skip|update|create]
                                   [--dry-run] [--routing] [--webhooks[=summary]] [--server=URL] [--key=KEY]
                   leadline export FILE [--format=csv|jsonl] [--<list filter>=VALUE ...] [--server=URL] [--key=KEY]
            The key is an owner's or admin's API key (or LEADLINE_KEY); the server defaults to http://localhost:8080.
            import exits 1 when any row failed or the job did not complete, and lists the first rejected rows.""";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, String> options = new LinkedHashMap<>();
    private final Path file;
    private final PrintStream out;
    private final PrintStream err;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private TransferCommand(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 2 || args[1].startsWith("--")) {
            throw new IllegalArgumentException(args[0] + " needs a file");
        }
        this.file = Path.of(args[1]);
        for (int i = 2; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected '" + args[i] + "'");
            }
            String option = args[i].substring(2);
            int equals = option.indexOf('=');
            options.put(equals < 0 ? option : option.substring(0, equals), equals < 0 ? "true" : option.substring(equals + 1));
        }
        this.out = out;
        this.err = err;
    }

    /** Runs {@code import} or {@code export}; answers the exit code. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            TransferCommand command = new TransferCommand(args, out, err);
            return args[0].equals("import") ? command.importFile() : command.exportFile();
        } catch (IllegalArgumentException wrong) {
            err.println(args[0] + ": " + wrong.getMessage() + "\n" + USAGE);
            return 2;
        } catch (IOException | IllegalStateException failed) {
            err.println(args[0] + ": " + failed.getMessage());
            return 1;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    private int importFile() throws IOException, InterruptedException {
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("cannot read " + file);
        }
        String query = "format=" + option("format", file.toString().endsWith(".jsonl") ? "jsonl" : "csv")
                + "&duplicates=" + option("duplicates", "skip")
                + (options.containsKey("mapping") ? "&mapping=" + encode(options.get("mapping")) : "")
                + "&dryRun=" + options.containsKey("dry-run") + "&routing=" + options.containsKey("routing")
                + "&webhooks=" + encode(option("webhooks", "none"));
        HttpResponse<String> started = http.send(request("/leadline/v1/imports?" + query)
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofFile(file)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            throw new IllegalStateException("the server refused the import: " + started.statusCode() + " " + started.body());
        }
        long id = JSON.readTree(started.body()).path("importId").asLong();
        JsonNode job;
        while (true) {
            job = get("/leadline/v1/imports/" + id).path("import");
            err.print("\r" + progress(job));
            String state = job.path("state").asString("");
            if (!state.equals("queued") && !state.equals("running")) {
                break;
            }
            Thread.sleep(500);
        }
        err.println();
        long failed = job.path("failed").asLong();
        out.printf("import %d %s: %,d rows read, %,d created, %,d updated, %,d skipped, %,d failed%s%n", id,
                job.path("state").asString(""), job.path("rowsRead").asLong(), job.path("created").asLong(),
                job.path("updated").asLong(), job.path("skipped").asLong(), failed,
                job.path("failure").isString() ? " (" + job.path("failure").asString() + ")" : "");
        if (failed > 0) {
            out.println("first rejected rows (GET /leadline/v1/imports/" + id + "/errors for all):");
            get("/leadline/v1/imports/" + id + "/errors?limit=10").path("errors").forEach(error ->
                    out.println("  line " + error.path("line").asLong() + ": " + error.path("message").asString("")));
        }
        return job.path("state").asString("").equals("completed") && failed == 0 ? 0 : 1;
    }

    private int exportFile() throws IOException, InterruptedException {
        String query = options.entrySet().stream().filter(option -> !option.getKey().equals("server") && !option.getKey().equals("key"))
                .map(option -> encode(option.getKey()) + "=" + encode(option.getValue())).collect(Collectors.joining("&"));
        HttpResponse<InputStream> answer = http.send(request("/leadline/v1/exports/leads?" + query).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        if (answer.statusCode() != 200) {
            try (InputStream body = answer.body()) {
                throw new IllegalStateException("the server refused the export: " + answer.statusCode() + " "
                        + new String(body.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        long lines = 0;
        long started = System.nanoTime();
        long shown = 0;
        try (InputStream in = answer.body(); OutputStream to = Files.newOutputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            int read;
            while ((read = in.read(buffer)) > 0) {
                to.write(buffer, 0, read);
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
                if (System.nanoTime() - shown > 500_000_000L) {
                    shown = System.nanoTime();
                    err.printf("\r%,d lines written, %,.0f lines/s", lines, lines / seconds(started));
                }
            }
        }
        err.println();
        out.printf("exported to %s: %,d lines in %.1f s%n", file, lines, seconds(started));
        return 0;
    }

    /** "[#######-------------]  35%  12,345 rows  2,345 rows/s  ETA 2026-…" from a job as the server reports it. */
    static String progress(JsonNode job) {
        long read = job.path("rowsRead").asLong();
        long expected = Math.max(read, job.path("expectedRows").asLong());
        int percent = expected == 0 ? 0 : (int) Math.min(100, read * 100 / expected);
        int filled = percent / 5;
        String eta = job.path("estimatedFinish").asString("");
        return "[" + "#".repeat(filled) + "-".repeat(20 - filled) + "] " + String.format("%3d%%  %,d rows  %,.0f rows/s",
                percent, read, job.path("rowsPerSecond").asDouble()) + (eta.isEmpty() ? "" : "  ETA " + eta) + "   ";
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + answer.statusCode() + " " + answer.body());
        }
        return JSON.readTree(answer.body());
    }

    private HttpRequest.Builder request(String path) {
        String key = options.getOrDefault("key", System.getenv().getOrDefault("LEADLINE_KEY", ""));
        if (key.isEmpty()) {
            throw new IllegalArgumentException("needs an API key: --key=KEY or LEADLINE_KEY");
        }
        String server = option("server", "http://localhost:8080").replaceAll("/+$", "");
        return HttpRequest.newBuilder(URI.create(server + path)).header("Authorization", "token " + key);
    }

    private String option(String name, String otherwise) {
        return options.getOrDefault(name, otherwise);
    }

    private static double seconds(long startedNanos) {
        return Math.max(0.001, (System.nanoTime() - startedNanos) / 1e9);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
