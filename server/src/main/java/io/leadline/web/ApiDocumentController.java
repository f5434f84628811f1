package io.leadline.web;

import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The OpenAPI document at {@code /v3/api-docs}, as the build generated it into the jar ({@code openapi/leadline.json},
 * docs/api.md "API document"), and Swagger UI over it: open to anyone unless {@code leadline.api-docs.public=false}. The root
 * path says where they are, for whoever opens the server's address first.
 */
@Hidden
@RestController
class ApiDocumentController {

    private static final String DOCUMENT = "/openapi/leadline.json";

    private final byte @Nullable [] document = load();

    @GetMapping(path = "/v3/api-docs", produces = MediaType.APPLICATION_JSON_VALUE)
    byte[] document() {
        if (document == null) {
            throw new ApiException(ErrorCode.ROUTE_NOT_FOUND,
                    "This build carries no API document: build the server with ./mvnw package (tests may be skipped)");
        }
        return document;
    }

    record Welcome(String name, String apiDocument, String swaggerUi, String health) {}

    @GetMapping(path = "/", produces = MediaType.APPLICATION_JSON_VALUE)
    Welcome welcome() {
        return new Welcome("Leadline: a lead-management API server that speaks the Lofty Open API v1.0",
                "/v3/api-docs", "/swagger-ui/index.html", "/actuator/health");
    }

    @GetMapping("/swagger-ui.html")
    RedirectView swaggerUi() {
        return new RedirectView("/swagger-ui/index.html");
    }

    private static byte @Nullable [] load() {
        try (InputStream in = ApiDocumentController.class.getResourceAsStream(DOCUMENT)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + DOCUMENT, e);
        }
    }
}
