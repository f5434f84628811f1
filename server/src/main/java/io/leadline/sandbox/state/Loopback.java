package io.leadline.sandbox.state;

import io.leadline.sandbox.SandboxAccess;
import io.leadline.sandbox.Sandboxed;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The server's own API, called over HTTP on this node: fixtures are loaded through exactly the endpoints a client
 * uses, with their validation, events and webhooks, so a fixture never makes data the API could not.
 */
@Component
@Sandboxed
class Loopback {

    record Answer(int status, JsonNode body) {}

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Environment environment;
    private final JsonMapper json;

    Loopback(Environment environment, JsonMapper json) {
        this.environment = environment;
        this.json = json;
    }

    /** This node's own address, as the fixtures' {@code self:/…} references name it. */
    String baseUrl() {
        String port = environment.getProperty("local.server.port");
        if (port == null) {
            throw new IllegalStateException("the server is not listening yet");
        }
        return "http://127.0.0.1:" + port;
    }

    Answer send(String method, String path, String authorization, JsonNode body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .header(SandboxAccess.OWN_CALL_HEADER, SandboxAccess.ownCallToken())
                .method(method, body.isMissingNode() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            return new Answer(response.statusCode(), text == null || text.isBlank() ? tools.jackson.databind.node.MissingNode.getInstance() : json.readTree(text));
        } catch (IOException e) {
            throw new IllegalStateException("calling the server's own API failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading fixtures", e);
        }
    }
}
