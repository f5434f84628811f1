package io.leadline.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/** A real HTTP client against the running server, holding one Authorization header value. */
public final class ApiClient {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final String baseUrl;
    private final String authorization;
    private final Map<String, String> headers;

    public ApiClient(String baseUrl, String authorization) {
        this(baseUrl, authorization, Map.of());
    }

    private ApiClient(String baseUrl, String authorization, Map<String, String> headers) {
        this.baseUrl = baseUrl;
        this.authorization = authorization;
        this.headers = headers;
    }

    /** The Authorization header value this client sends. */
    public String authorization() {
        return authorization;
    }

    /** The Authorization header this client sends ("token …"), for requests it does not make itself. */
    public String authorizationHeader() {
        return authorization;
    }

    public ApiClient as(String newAuthorization) {
        return new ApiClient(baseUrl, newAuthorization, headers);
    }

    /** The same caller against another server, e.g. a second node sharing the database. */
    public ApiClient at(String otherBaseUrl) {
        return new ApiClient(otherBaseUrl, authorization, headers);
    }

    public ApiClient withHeader(String name, String value) {
        Map<String, String> more = new java.util.HashMap<>(headers);
        more.put(name, value);
        return new ApiClient(baseUrl, authorization, Map.copyOf(more));
    }

    public ApiResponse get(String path) {
        return send(request(path).GET());
    }

    public ApiResponse post(String path, Object body) {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(text(body))));
    }

    public ApiResponse put(String path, Object body) {
        return send(request(path).PUT(HttpRequest.BodyPublishers.ofString(text(body))));
    }

    public ApiResponse delete(String path) {
        return send(request(path).DELETE());
    }

    /** Sends bytes exactly as given, for malformed and oversized bodies. */
    public ApiResponse postRaw(String path, String body) {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts bytes as they are (a file, say), with the content type given. */
    public ApiResponse postBytes(String path, byte[] body, String contentType) {
        return send(request(path).setHeader("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public ApiResponse putRaw(String path, String body) {
        return send(request(path).PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Any method, with a body exactly as given (null for none). */
    public ApiResponse send(String method, String path, String body) {
        return send(request(path).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        headers.forEach(builder::setHeader);
        return builder;
    }

    /**
     * The body of a GET as bytes, unparsed, failing unless it answered 200: for benchmarks, which time the server and
     * read at most a few fields with a streaming parser.
     */
    public byte[] getBody(String path) {
        try {
            HttpResponse<byte[]> response = HTTP.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": "
                        + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("HTTP request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static String text(Object body) {
        return body instanceof String s ? s : JSON.writeValueAsString(body);
    }

    private static ApiResponse send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new ApiResponse(response.statusCode(), response.headers(), response.body(), parse(response.body()));
        } catch (IOException e) {
            throw new IllegalStateException("HTTP request failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? MissingNode.getInstance() : JSON.readTree(body);
        } catch (RuntimeException notJson) {
            return MissingNode.getInstance();
        }
    }
}
