package io.leadline.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.leadline.testing.ApiResponse;
import io.leadline.testing.ApiTestBase;
import io.leadline.testing.LoftySchema;
import io.leadline.testing.OnH2;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The served OpenAPI document (docs/api.md "API document"): valid, complete, and the same interface as Lofty's. */
@OnH2
class OpenApiDocumentTests extends ApiTestBase {

    /**
     * Where Leadline knowingly differs from Lofty's document on a shared operation, and why. Anything else is drift.
     * {@code withTrash} is Leadline's extension for reading a trashed lead's records (docs/api.md "Timeline").
     */
    private static final Set<String> KNOWN_DIFFERENCES = Set.of(
            "GET /v1.0/leads/{leadId}/activities: query parameter withTrash is Leadline's",
            "GET /v2.0/leads/{leadId}/activities: query parameter withTrash is Leadline's",
            "GET /v1.0/logType: query parameter withTrash is Leadline's",
            "GET /v1.0/systemLogs: query parameter withTrash is Leadline's");

    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}]*)}");

    private String raw;
    private JsonNode document;

    @BeforeEach
    void fetch() {
        ApiResponse served = serverAdmin().get("/v3/api-docs");
        assertThat(served.status()).isEqualTo(200);
        raw = served.raw();
        document = served.json();
    }

    @Test
    void theDocumentListsLeadsRoutingAndWebhookEndpoints() {
        ApiResponse served = serverAdmin().get("/v3/api-docs");

        assertThat(served.status()).as(served.raw().length() > 300 ? served.raw().substring(0, 300) : served.raw()).isEqualTo(200);
        assertThat(served.json().path("paths").propertyNames()).contains(
                "/v1.0/leads", "/v1.0/leads/{leadId}/assignment", "/v1.0/leads/assignee", "/v1.0/routing/rule/list/{type}",
                "/v1.0/team-features/lead-ponds", "/v1.0/webhook", "/leadline/v1/routing/rules",
                "/leadline/v1/webhooks/{subscribeId}/deliveries", "/v1.0/leads/{leadId}/activity",
                "/v1.0/leads/{leadId}/activities", "/v2.0/leads/{leadId}/activities", "/v1.0/systemLogs", "/v1.0/logType",
                "/v1.0/logType/{logTypeId}", "/leadline/v1/users/{userId}/role", "/v1.0/users/{userId}",
                "/v1.0/org/permission/profiles", "/v2.0/agents/{agentId}/deactivate", "/v2.0/agents/{agentId}/reactivate");
        assertThat(served.json().path("paths").propertyNames()).as("the error page is not the API").doesNotContain("/error");
        assertThat(served.json().path("paths").propertyNames()).contains("/leadline/v1/users/{userId}/invitation")
                .as("the console's pages are not the API").noneMatch(path -> path.startsWith("/app"));
    }

    @Test
    void theDocumentIsValidOpenApi() {
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(raw);
        assertThat(parsed.getOpenAPI()).isNotNull();
        assertThat(parsed.getMessages()).isEmpty();
    }

    @Test
    void everyOperationHasAStableIdAJsonContentTypeAndItsErrorAnswers() {
        Set<String> ids = new HashSet<>();
        forEachOperation((key, operation) -> {
            String id = operation.path("operationId").asString();
            assertThat(id).as(key).matches("[a-z][A-Za-z0-9]*");
            assertThat(ids.add(id)).as("operationId %s of %s is unique", id, key).isTrue();
            assertThat(operation.path("summary").asString()).as(key).isNotBlank();
            JsonNode responses = operation.path("responses");
            assertThat(responses.has("401") || key.contains(" /inbound/")).as(key + " documents 401").isTrue();
            if (!key.contains(" /inbound/")) {
                assertThat(responses.path("400").path("content").path("application/json").path("schema").path("$ref").asString())
                        .as(key).isEqualTo("#/components/schemas/Error");
                assertThat(responses.has("429")).as(key).isTrue();
            }
            if (key.contains("{")) {
                assertThat(responses.has("404") || key.contains(" /inbound/")).as(key + " documents 404").isTrue();
            }
        });
        assertThat(raw).doesNotContain("\"*/*\"");
        assertThat(document.path("components").path("schemas").path("JsonNode").path("properties").has("pojo"))
                .as("JSON trees are any JSON value, not the tree class's getters").isFalse();
    }

    @Test
    void everyParameterIsDescribedAndTheLeadListNamesAllOfItsOwn() {
        forEachOperation((key, operation) -> operation.path("parameters").valueStream().forEach(parameter ->
                assertThat(parameter.path("description").asString()).as(key + " " + parameter.path("name").asString()).isNotBlank()));
        JsonNode list = document.path("paths").path("/v1.0/leads").path("get");
        Set<String> names = new TreeSet<>(list.path("parameters").valueStream().map(p -> p.path("name").asString()).toList());
        assertThat(names).contains("stage", "source", "allTags", "anyTags", "key", "limit", "offset", "scrollId", "sort", "desc",
                "roleAssigneeFilters", "groupIds", "querySubGroup");
    }

    @Test
    void responseFieldsThatAreAlwaysAnsweredAreRequired() {
        JsonNode schemas = document.path("components").path("schemas");
        assertThat(schemas.path("LeadEnvelope").path("required").valueStream().map(JsonNode::asString)).containsExactly("lead");
        assertThat(schemas.path("LeadListResponse").path("required").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("_metadata", "leads");
        assertThat(schemas.path("CreateLeadRequest").has("required")).as("request rules are the endpoint's").isFalse();
        assertThat(schemas.valueStream().filter(schema -> schema.has("required")).count()).isGreaterThan(50);
    }

    @Test
    void loftysLeadEndpointsComeFirst() {
        String first = document.path("paths").propertyNames().iterator().next();
        assertThat(first).startsWith("/v1.0/leads");
        assertThat(document.path("tags").get(0).path("name").asString()).isEqualTo("Leads");
    }

    @Test
    void everyLoftyOperationLeadlineServesMatchesLoftysPathMethodAndParameterNames() {
        if (LoftySchema.referenceOperations().isPresent()) {
            assertThat(LoftySchema.bundledOperations()).as("src/test/resources/lofty-schemas.json operations are current")
                    .isEqualTo(LoftySchema.referenceOperations().get());
        }
        JsonNode lofty = LoftySchema.operations();
        Map<String, String> loftyByShape = new java.util.HashMap<>();
        lofty.propertyNames().forEach(key -> loftyByShape.put(shape(key), key));
        List<String> drift = new ArrayList<>();
        forEachOperation((key, operation) -> {
            if (!key.contains(" /v1.0/") && !key.contains(" /v2.0/")) {
                return;
            }
            String loftyKey = loftyByShape.get(shape(key));
            if (loftyKey == null) {
                drift.add(key + ": not an operation of Lofty's document");
                return;
            }
            JsonNode theirs = lofty.path(loftyKey);
            List<String> ourPath = TEMPLATE.matcher(key).results().map(m -> m.group(1)).toList();
            List<String> theirPath = theirs.path("path").valueStream().map(JsonNode::asString).toList();
            if (!ourPath.equals(theirPath)) {
                drift.add(key + ": path parameters " + ourPath + ", Lofty's " + theirPath);
            }
            Set<String> ourQuery = new TreeSet<>(operation.path("parameters").valueStream()
                    .filter(p -> p.path("in").asString().equals("query")).map(p -> p.path("name").asString()).toList());
            Set<String> theirQuery = new TreeSet<>(theirs.path("query").valueStream().map(JsonNode::asString).toList());
            theirQuery.stream().filter(name -> !ourQuery.contains(name))
                    .forEach(name -> drift.add(key + ": Lofty's query parameter " + name + " is not served"));
            ourQuery.stream().filter(name -> !theirQuery.contains(name))
                    .forEach(name -> drift.add(key + ": query parameter " + name + " is Leadline's"));
        });
        assertThat(drift).as("drift from Lofty's document").containsExactlyInAnyOrderElementsOf(KNOWN_DIFFERENCES);
    }

    /** "GET /v1.0/leads/{leadId}" as "GET /v1.0/leads/{}": the same operation whatever its parameters are called. */
    private static String shape(String key) {
        return TEMPLATE.matcher(key).replaceAll("{}");
    }

    private void forEachOperation(java.util.function.BiConsumer<String, JsonNode> check) {
        JsonNode paths = document.path("paths");
        for (String path : paths.propertyNames()) {
            for (String method : paths.path(path).propertyNames()) {
                check.accept(method.toUpperCase(java.util.Locale.ROOT) + " " + path, paths.path(path).path(method));
            }
        }
    }
}
