package io.leadline.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;

/**
 * The document's frame for springdoc when the build generates it ({@link OpenApiDocumentGenerator}): title,
 * description, the two ways to authenticate. Registered by the generator only, never scanned.
 */
class OpenApiConfig {

    static {
        // The caller comes from the Authorization header, not from the request: keep it out of the document.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
        // a JSON value of any shape, not the tree class's getters
        SpringDocUtils.getConfig().replaceWithSchema(tools.jackson.databind.JsonNode.class,
                new io.swagger.v3.oas.models.media.Schema<>().description("Any JSON value"));
    }

    @Bean
    OpenAPI leadlineOpenApi() {
        SecurityScheme apiKey = new SecurityScheme()
                .type(SecurityScheme.Type.APIKEY)
                .in(SecurityScheme.In.HEADER)
                .name("Authorization")
                .description("Lofty API key: the header value is 'token <api key>'");
        SecurityScheme bearer = new SecurityScheme()
                .type(SecurityScheme.Type.HTTP)
                .scheme("bearer")
                .description("Leadline access token (scheme 'bearer' in POST /leadline/v1/api-keys)");
        return new OpenAPI()
                .info(new Info()
                        .title("Leadline")
                        .version("v1.0")
                        .description("Lead-management API server speaking the lead endpoints of the Lofty Open API"
                                + " v1.0. Paths under /v1.0 behave as Lofty's; paths under /leadline/v1 are"
                                + " Leadline's own administration and extensions."))
                .components(new Components().addSecuritySchemes("apiKey", apiKey).addSecuritySchemes("bearer", bearer))
                .addSecurityItem(new SecurityRequirement().addList("apiKey"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
