package com.example.crm;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An integrator's own small Lofty client, the code these examples test: it creates and reads leads with
 * {@code Authorization: token <key>}, and when Lofty answers 429 it waits for {@code Retry-After} and tries again,
 * up to three times. Pointed at Lofty in production, at a sandbox in tests.
 */
public final class LoftyClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int ATTEMPTS = 3;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final String apiKey;

    public LoftyClient(String baseUrl, String apiKey) {
        this.baseUrl = baseUrl;
        this.apiKey = apiKey;
    }

    /** Creates a lead; its id. */
    public long createLead(String firstName, String lastName, String email) {
        JsonNode created = send("POST", "/v1.0/leads", Map.of("firstName", firstName, "lastName", lastName,
                "emails", new String[] {email}));
        return created.path("leadId").asLong();
    }

    public JsonNode lead(long leadId) {
        return send("GET", "/v1.0/leads/" + leadId, null).path("lead");
    }

    private JsonNode send(String method, String path, Object body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Authorization", "token " + apiKey)
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                .build();
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response = exchange(request);
            if (response.statusCode() == 429 && attempt < ATTEMPTS) {
                pause(Duration.ofSeconds(response.headers().firstValueAsLong("Retry-After").orElse(1)));
                continue;
            }
            if (response.statusCode() != 200) {
                throw new LoftyError(response.statusCode(), response.body());
            }
            return JSON.readTree(response.body());
        }
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new LoftyError(0, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LoftyError(0, "interrupted");
        }
    }

    private static void pause(Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Lofty said no (or did not answer: status 0). */
    public static final class LoftyError extends RuntimeException {

        private final int status;

        LoftyError(int status, String body) {
            super("Lofty answered " + status + ": " + body);
            this.status = status;
        }

        public int status() {
            return status;
        }
    }
}
