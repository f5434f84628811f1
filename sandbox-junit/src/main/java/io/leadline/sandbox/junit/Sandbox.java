package io.leadline.sandbox.junit;

import io.leadline.sandbox.EmbeddedSandbox;
import io.leadline.sandbox.LoadedMember;
import io.leadline.sandbox.LoadedTeam;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A running sandbox, as a test sees it: where it listens, the fixtures' keys, and its controls under
 * {@code /leadline/v1/sandbox} (README, "Testing your Lofty integration against Leadline"), called as the server
 * administrator. A control the server refuses throws {@link IllegalStateException} with the server's answer.
 */
public final class Sandbox implements AutoCloseable {

    private static final String CONTROLS = "/leadline/v1/sandbox";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final EmbeddedSandbox server;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    Sandbox(EmbeddedSandbox server) {
        this.server = server;
    }

    /** Where the sandbox listens, {@code http://127.0.0.1:<port>}: the base URL a Lofty client is given. */
    public String baseUrl() {
        return server.baseUrl();
    }

    /** The server administrator's key, which the controls need. */
    public String administratorKey() {
        return server.administratorKey();
    }

    /** The teams the fixtures made, with their members and keys. */
    public List<LoadedTeam> teams() {
        return server.teams();
    }

    /** The API key the fixtures gave the member with this email. */
    public String key(String email) {
        String key = member(email).apiKey();
        if (key == null) {
            throw new IllegalArgumentException("the fixtures give " + email + " no apiKey");
        }
        return key;
    }

    /** The user id of the fixtures' member with this email. */
    public long userId(String email) {
        return member(email).userId();
    }

    /** The id of the fixtures' team with this name. */
    public long teamId(String name) {
        return teams().stream().filter(team -> team.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no team named '" + name + "' in the fixtures; there are "
                        + teams().stream().map(LoadedTeam::name).toList()))
                .teamId();
    }

    /** The data back to the fixtures; the clock, journal, faults, receivers and behaviours stay as they are. */
    public void reset() {
        control("POST", "/reset", null);
    }

    /**
     * What the extension does before each test: the data back to the fixtures, and the journal, fault rules, receivers
     * and Lofty behaviours cleared. The clock stays where it is: time only moves forward.
     */
    public void resetAll() {
        reset();
        clearJournal();
        clearFaults();
        control("DELETE", "/receivers", null);
        Map<String, Object> off = new HashMap<>();
        off.put("readLag", null);
        off.put("lateWebhooks", null);
        off.put("duplicateWebhooks", 0);
        off.put("outOfOrderWebhooks", 0);
        loftyBehaviours(off);
    }

    public void saveSnapshot(String name) {
        control("POST", "/snapshots/" + encoded(name), null);
    }

    public void restoreSnapshot(String name) {
        control("POST", "/snapshots/" + encoded(name) + "/restore", null);
    }

    /** The server's time. */
    public Instant now() {
        return Instant.parse(control("GET", "/clock", null).path("now").asString());
    }

    /** Moves the server's time forward; due work (offers, reminders, retries) runs before this returns. */
    public Instant advanceClock(Duration by) {
        return Instant.parse(control("PUT", "/clock", Map.of("advance", by.toString())).path("now").asString());
    }

    /** Adds a fault rule (the README's fields: method, path, credential, onCall, times, action, …); its id. */
    public long addFault(Map<String, ?> rule) {
        return control("POST", "/faults", rule).path("id").asLong();
    }

    public void clearFaults() {
        control("DELETE", "/faults", null);
    }

    /** Sets Lofty's behaviours (readLag, lateWebhooks, duplicateWebhooks, outOfOrderWebhooks): PUT …/lofty-behaviours. */
    public void loftyBehaviours(Map<String, ?> behaviours) {
        control("PUT", "/lofty-behaviours", behaviours);
    }

    /** The address of a built-in webhook receiver, for a subscription's callbackUrl. */
    public String receiverUrl(String name) {
        return baseUrl() + CONTROLS + "/receivers/" + encoded(name);
    }

    /** What reached a receiver, oldest first: id, at, headers, body, signatureVerified. */
    public List<JsonNode> deliveries(String receiver) {
        return list(control("GET", "/receivers/" + encoded(receiver) + "/deliveries", null).path("deliveries"));
    }

    /** Waits up to {@code timeout} until the receiver's deliveries satisfy {@code condition}; them, or a failure. */
    public List<JsonNode> awaitDeliveries(String receiver, Predicate<List<JsonNode>> condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<JsonNode> deliveries = deliveries(receiver);
        while (!condition.test(deliveries)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("receiver '" + receiver + "' did not get the deliveries expected within " + timeout
                        + "; it has " + deliveries);
            }
            pause();
            deliveries = deliveries(receiver);
        }
        return deliveries;
    }

    /** The request journal's entries matching a query such as {@code path=/v1.0/leads*&method=POST}, newest first. */
    public List<JsonNode> journal(String query) {
        return list(control("GET", "/journal" + (query.isEmpty() ? "" : "?" + query), null).path("entries"));
    }

    public void clearJournal() {
        control("DELETE", "/journal", null);
    }

    /** Emails and texts captured (with the capture carriers), filtered by a query such as {@code recipient=…}. */
    public List<JsonNode> messages(String query) {
        return list(control("GET", "/messages" + (query.isEmpty() ? "" : "?" + query), null).path("messages"));
    }

    /** Stops the server and removes its database; the extension does this when the test run ends. */
    @Override
    public void close() {
        server.close();
    }

    private LoadedMember member(String email) {
        List<LoadedMember> members = teams().stream().flatMap(team -> team.members().stream()).toList();
        return members.stream().filter(member -> member.email().equalsIgnoreCase(email)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no member " + email + " in the fixtures; there are "
                        + members.stream().map(LoadedMember::email).toList()));
    }

    private JsonNode control(String method, String path, Object body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + CONTROLS + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "token " + administratorKey())
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        HttpResponse<String> response = send(request);
        String text = response.body() == null ? "" : response.body();
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + CONTROLS + path + " answered " + response.statusCode() + ": " + text);
        }
        return text.isBlank() ? JSON.missingNode() : JSON.readTree(text);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("the sandbox did not answer " + request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted calling the sandbox", e);
        }
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private static String encoded(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for deliveries", e);
        }
    }
}
