package io.leadline;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.ApiClient;
import io.leadline.testing.ApiResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A corpus of hostile requests across every endpoint (LL-13): ids that are not plain decimal or overflow a long, NUL
 * characters, malformed and mistyped JSON, oversized lists, numbers past every range, odd methods and content types.
 * Every answer must be a 4xx with Leadline's JSON error body (no 5xx, no stack trace or SQL text), and a refused
 * write must leave the team's rows exactly as they were.
 */
abstract class HostileInputTests extends EndpointTestBase {

    private static final List<String> BAD_IDS = List.of(
            "99999999999999999999", "9223372036854775808", "+12", "0x10", "\u0661\u0662", "1e3", "12abc", "-0x1", "%2B7");

    private static final Pattern OBJECT = Pattern.compile("\\{(?!type}|callbackUrl})([a-zA-Z]+)}");

    private static final List<String> LEAKS = List.of(
            "Exception", "\tat ", "at io.leadline", "java.", "org.h2", "PSQL", "postgres", "SELECT ", "INSERT ", "UPDATE ",
            "<html", "<!doctype", "Whitelabel", "\"trace\"", "\"path\"");

    private record Case(String name, Supplier<ApiResponse> send, boolean write) {}

    @Test
    void noHostileRequestGetsA5xxALeakOrAWrite() {
        Fixture fixture = fixture();
        ApiClient owner = fixture.owner();
        List<Case> cases = new ArrayList<>();
        pathIdCases(cases, owner, fixture.real());
        bodyCases(cases, owner, fixture.real());
        queryCases(cases, owner, fixture.real());
        hardeningCases(cases, owner, fixture.real());
        methodCases(cases);
        assertThat(cases).as("cases in the corpus").hasSizeGreaterThanOrEqualTo(300);

        List<String> failures = new ArrayList<>();
        String before = fingerprint(fixture.teamId());
        for (Case c : cases) {
            ApiResponse response = c.send().get();
            String problem = problem(response);
            if (problem != null) {
                failures.add(c.name() + ": " + problem + " — " + response);
            }
            if (c.write()) {
                String after = fingerprint(fixture.teamId());
                if (response.status() >= 400 && !after.equals(before)) {
                    failures.add(c.name() + ": refused with " + response.status() + " but the team's rows changed: "
                            + changedTables(before, after));
                }
                before = after;
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test // LL-26 item 6
    void refusalsBeforeAnyControllerRunsCarryTheirOwnCode() {
        for (ApiResponse refused : List.of(serverAdmin().get("/v1.0/leads/12%00"), serverAdmin().get("/%61ctuator/x%2Fy"),
                raw("GET /v1.0/leads?key=%FF HTTP/1.1"))) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            assertThat(refused.code()).as(refused.toString()).isEqualTo(900400);
        }
    }

    /** Null when the answer is a clean refusal or a success; otherwise what is wrong with it. */
    private static String problem(ApiResponse response) {
        if (response.status() >= 500) {
            return "a 5xx";
        }
        for (String leak : LEAKS) {
            if (response.raw() != null && response.raw().contains(leak)) {
                return "the body shows '" + leak + "'";
            }
        }
        if (response.status() >= 400 && response.status() != 429) {
            JsonNode body = response.json();
            if (!body.path("code").isIntegralNumber() || !body.path("message").isString()) {
                return "not a {code, message} JSON body";
            }
        }
        return null;
    }

    // --- ids in paths

    private static void pathIdCases(List<Case> cases, ApiClient owner, Map<String, String> real) {
        for (var rule : AccessMatrixTests.RULES.entrySet()) {
            String endpoint = rule.getKey();
            Matcher object = OBJECT.matcher(endpoint);
            if (!object.find()) {
                continue;
            }
            for (String bad : BAD_IDS) {
                String hostile = endpoint.substring(0, object.start()) + bad + endpoint.substring(object.end());
                cases.add(new Case(endpoint + " with id " + bad,
                        () -> call(owner, hostile, rule.getValue().query(), rule.getValue().body(), real),
                        !endpoint.startsWith("GET")));
            }
        }
    }

    // --- bodies

    private static void bodyCases(List<Case> cases, ApiClient owner, Map<String, String> real) {
        for (var rule : AccessMatrixTests.RULES.entrySet()) {
            String endpoint = rule.getKey();
            if (endpoint.startsWith("GET") || endpoint.startsWith("DELETE")) {
                continue;
            }
            String valid = fill(rule.getValue().body().isEmpty() ? "{}" : rule.getValue().body(), real);
            String query = rule.getValue().query();
            for (var body : hostileBodies(valid).entrySet()) {
                cases.add(new Case(endpoint + " with " + body.getKey(),
                        () -> call(owner, endpoint, query, body.getValue(), real), true));
            }
            cases.add(new Case(endpoint + " as text/plain", () -> owner.withHeader("Content-Type", "text/plain")
                    .send(endpoint.substring(0, endpoint.indexOf(' ')), fill(endpoint.substring(endpoint.indexOf(' ') + 1), real), valid), true));
        }
    }

    private static Map<String, String> hostileBodies(String valid) {
        Map<String, String> bodies = new java.util.LinkedHashMap<>();
        bodies.put("a NUL in a string", withFirstString(valid, "a\u0000b"));
        bodies.put("an escaped NUL in a string", withFirstString(valid, "a\u0000b").replace("\u0000", "\\u0000"));
        bodies.put("a number past a long", withAddedField(valid, "assignedUserId", "99999999999999999999"));
        bodies.put("a number past a double", withAddedField(valid, "leadId", "1e400"));
        bodies.put("malformed JSON", valid.substring(0, valid.length() - 1));
        bodies.put("an array for an object", valid.startsWith("[") ? "{\"role\":[]}" : "[" + valid + "]");
        bodies.put("a bare string", "\"text\"");
        bodies.put("null", "null");
        bodies.put("deep nesting", "[".repeat(3000) + "]".repeat(3000));
        bodies.put("a list past its limit", withAddedField(valid, "tagsAdd",
                IntStream.range(0, 101).mapToObj(i -> "\"t" + i + "\"").collect(Collectors.joining(",", "[", "]"))));
        return bodies;
    }

    private static String withFirstString(String json, String value) {
        JsonNode node = ApiClient.JSON.readTree(json);
        if (!replaceFirstString(node, value)) {
            return withAddedField(json, "firstName", ApiClient.JSON.writeValueAsString(value));
        }
        return ApiClient.JSON.writeValueAsString(node);
    }

    private static boolean replaceFirstString(JsonNode node, String value) {
        if (node instanceof ObjectNode object) {
            for (String name : object.propertyNames()) {
                if (object.get(name).isString()) {
                    object.put(name, value);
                    return true;
                }
                if (replaceFirstString(object.get(name), value)) {
                    return true;
                }
            }
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                if (replaceFirstString(item, value)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String withAddedField(String json, String name, String rawValue) {
        String trimmed = json.trim();
        if (trimmed.startsWith("{")) {
            return "{\"" + name + "\":" + rawValue + (trimmed.equals("{}") ? "}" : "," + trimmed.substring(1));
        }
        return "[{\"" + name + "\":" + rawValue + "}]";
    }

    // --- query strings

    private static void queryCases(List<Case> cases, ApiClient owner, Map<String, String> real) {
        List<String> leadQueries = List.of(
                "limit=%2B5", "limit=0x10", "limit=99999999999999999999", "offset=-1", "offset=1e3",
                "assignedUserId=99999999999999999999", "assignedUserId=%2B12", "assignedUserId=%D9%A1",
                "groupIds=1,2,x", "groupIds=99999999999999999999", "key=%00", "key=a%00b", "firstName=%00",
                "scrollId=%00", "scrollId=" + "A".repeat(5000), "sort=DROP%20TABLE", "sort=%00", "desc=maybe",
                "roleAssigneeFilters=%5B", "roleAssigneeFilters=%7B%7D",
                "roleAssigneeFilters=%5B%7B%22roleName%22%3A%22Agent%22%2C%22assigneeToIds%22%3A%5B99999999999999999999%5D%7D%5D",
                "anyTags=" + IntStream.range(0, 201).mapToObj(i -> "t" + i).collect(Collectors.joining(",")),
                "stage=%00", "preciseSearchFlag=%00", "createTimeFrom=yesterday", "limit=", "offset=%20",
                // LL-26 item 6: invalid UTF-8
                "key=%FF", "key=%ED%A0%80", "key=%C3%28", "firstName=%C3", "%FF=1", "limit=%FF");
        for (String query : leadQueries) {
            cases.add(new Case("GET /v1.0/leads?" + query, () -> owner.get("/v1.0/leads?" + query), false));
        }
        for (String query : List.of("leadId=%2B1", "leadId=99999999999999999999", "leadId=%00", "leadId=")) {
            cases.add(new Case("GET /v1.0/notes?" + query, () -> owner.get("/v1.0/notes?" + query), false));
        }
        for (String query : List.of("limit=%2B5", "offset=0x10", "groupIds=%00", "limit=99999999999999999999")) {
            cases.add(new Case("GET /v1.0/members?" + query, () -> owner.get("/v1.0/members?" + query), false));
        }
        cases.add(new Case("DELETE a lead with a NUL reason",
                () -> owner.delete("/v1.0/leads/" + real.get("leadId") + "?reason=a%00b"), true));
        cases.add(new Case("a NUL in the path", () -> owner.get("/v1.0/leads/12%00"), false));
        cases.add(new Case("invalid UTF-8 in the path", () -> owner.get("/v1.0/leads/%FF"), false));
        // LL-26 item 1: encoded spellings of paths
        for (String path : List.of("/%61ctuator/prometheus", "/%61ctuator/info", "/%61ctuator", "/v3/api%2Ddocs/x%2F..",
                "/v1.0/leads%2F1", "/v1.0/leads/1%3Bx", "/v1.0/%2E%2E/actuator/prometheus", "/v1.0/leads/..%5C1")) {
            cases.add(new Case("GET " + path, () -> owner.get(path), false));
        }
        // LL-26 items 4 and 6: a malformed multipart body, and a write asking for XML
        for (String endpoint : List.of("/v1.0/leads", "/v1.0/notes", "/leadline/v1/communications", "/v2.0/tasks")) {
            cases.add(new Case("POST " + endpoint + " as malformed multipart", () -> owner
                    .withHeader("Content-Type", "multipart/form-data; boundary=xyz")
                    .send("POST", endpoint, "--xyz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1"), true));
            cases.add(new Case("POST " + endpoint + " as multipart without a boundary", () -> owner
                    .withHeader("Content-Type", "multipart/form-data").send("POST", endpoint, "{}"), true));
        }
    }

    // --- LL-26: times past the range, addresses inside the server's network, a write asking for XML

    private static void hardeningCases(List<Case> cases, ApiClient owner, Map<String, String> real) {
        String lead = real.get("leadId");
        Map<String, String> writes = new java.util.LinkedHashMap<>();
        for (String time : List.of("-9223372036854775808", "9223372036854775807", "18446744073709551616", "[1]", "{\"a\":1}",
                "\"-999999999-01-01T00:00:00Z\"", "\"+999999999-12-31T23:59:59Z\"")) {
            writes.put("POST /v1.0/tasks deadline " + time, "{\"leadId\":" + lead
                    + ",\"content\":\"Call\",\"type\":\"Call\",\"assignedRole\":\"Agent\",\"deadline\":" + time + "}");
            writes.put("POST /leadline/v1/communications occurredAt " + time,
                    "{\"leadId\":" + lead + ",\"channel\":\"CALL\",\"occurredAt\":" + time + "}");
            writes.put("POST /v2.0/tasks endAt " + time, "{\"leadId\":" + lead
                    + ",\"content\":\"Call\",\"type\":\"Call\",\"assignedRole\":\"Agent\",\"endAt\":" + time + "}");
            writes.put("POST /v1.0/leads/" + lead + "/activity created " + time, "{\"type\":\"Search\",\"created\":" + time + "}");
        }
        for (String url : List.of("https://[::ffff:0:127.0.0.1]/x", "https://93.184.216.34:0/x", "https://93.184.216.34:65536/x",
                "https://169.254.169.254/latest")) {
            writes.put("POST /v1.0/webhook to " + url, "{\"listId\":2,\"callbackUrl\":\"" + url + "\"}");
        }
        for (var write : writes.entrySet()) {
            String path = write.getKey().substring(5, write.getKey().indexOf(' ', 5));
            cases.add(new Case(write.getKey(), () -> owner.send("POST", path, write.getValue()), true));
        }
        for (String host : List.of("169.254.169.254", "127.0.0.1", "10.0.0.1", "metadata.google.internal")) {
            cases.add(new Case("PUT /leadline/v1/mail-settings host " + host, () -> owner.send("PUT", "/leadline/v1/mail-settings",
                    "{\"from\":\"a@b.example\",\"host\":\"" + host + "\",\"port\":587}"), true));
        }
        cases.add(new Case("POST /v1.0/leads asking for XML", () -> owner.withHeader("Accept", "application/xml")
                .send("POST", "/v1.0/leads", "{\"firstName\":\"Xml\",\"tags\":[\"t\"]}"), true));
    }

    // --- methods and raw requests

    private void methodCases(List<Case> cases) {
        for (String method : List.of("CONNECT", "TRACE", "PATCH", "PROPFIND", "FOO")) {
            for (String path : List.of("/v1.0/leads", "/v1.0/leads/1", "/leadline/v1/users")) {
                cases.add(new Case(method + " " + path, () -> raw(method + " " + path + " HTTP/1.1"), false));
            }
        }
        cases.add(new Case("CONNECT authority form", () -> raw("CONNECT 127.0.0.1:" + port() + " HTTP/1.1"), false));
        // LL-26 item 6: invalid UTF-8 in a query, written on the socket as a client would send it
        for (String query : List.of("key=%FF", "key=%ED%A0%80", "key=%C3%28", "firstName=%FF", "%FF=1")) {
            cases.add(new Case("GET /v1.0/leads?" + query + " on the socket", () -> raw("GET /v1.0/leads?" + query + " HTTP/1.1"), false));
        }
        for (String endpoint : List.of("/v1.0/leads", "/v1.0/notes", "/leadline/v1/communications", "/inbound/sms/1")) {
            cases.add(new Case("POST " + endpoint + " as malformed multipart on the socket", () -> raw("POST " + endpoint + " HTTP/1.1",
                    "Content-Type: multipart/form-data; boundary=xyz\r\n",
                    "--xyz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1"), true));
            cases.add(new Case("POST " + endpoint + " as a form with invalid UTF-8 on the socket", () -> raw("POST " + endpoint + " HTTP/1.1",
                    "Content-Type: application/x-www-form-urlencoded\r\n", "Body=%FF&From=%C3%28"), true));
        }
    }

    private int port() {
        return Integer.parseInt(baseUrl().substring(baseUrl().lastIndexOf(':') + 1));
    }

    /** A request written by hand on a socket, for what Java's HTTP client refuses to send (CONNECT). */
    private ApiResponse raw(String requestLine) {
        return raw(requestLine, "", "");
    }

    private ApiResponse raw(String requestLine, String headers, String body) {
        try (Socket socket = new Socket("127.0.0.1", port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            byte[] content = body.getBytes(StandardCharsets.ISO_8859_1);
            out.write((requestLine + "\r\nHost: 127.0.0.1\r\nAuthorization: token " + SERVER_ADMIN_KEY + "\r\n" + headers
                    + "Content-Length: " + content.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring(9, 12));
            int bodyStart = response.indexOf("\r\n\r\n");
            String answer = bodyStart < 0 ? "" : response.substring(bodyStart + 4);
            if (response.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
                answer = dechunk(answer);
            }
            JsonNode json;
            try {
                json = answer.isBlank() ? tools.jackson.databind.node.MissingNode.getInstance() : ApiClient.JSON.readTree(answer);
            } catch (RuntimeException notJson) {
                json = tools.jackson.databind.node.MissingNode.getInstance();
            }
            return new ApiResponse(status, null, answer, json);
        } catch (IOException e) {
            throw new IllegalStateException(requestLine, e);
        }
    }

    private static String dechunk(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (at < chunked.length()) {
            int lineEnd = chunked.indexOf("\r\n", at);
            if (lineEnd < 0) {
                break;
            }
            int size = Integer.parseInt(chunked.substring(at, lineEnd).trim(), 16);
            if (size == 0) {
                break;
            }
            body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
        return body.toString();
    }
}
