package io.leadline.testing;

import java.net.http.HttpHeaders;
import tools.jackson.databind.JsonNode;

/** What the server answered: status, headers, the raw body and, when it is JSON, the parsed body. */
public record ApiResponse(int status, HttpHeaders headers, String raw, JsonNode json) {

    public long leadId() {
        return json.path("leadId").asLong();
    }

    public int code() {
        return json.path("code").asInt();
    }

    public String message() {
        return json.path("message").asString();
    }

    @Override
    public String toString() {
        return status + " " + raw;
    }
}
