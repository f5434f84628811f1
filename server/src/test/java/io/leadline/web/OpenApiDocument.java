package io.leadline.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.util.StringUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * What springdoc infers from the controllers, made into a document to read (LL-19), when the build generates it
 * ({@link OpenApiDocumentGenerator}): operation ids named after the
 * controller method, parameter descriptions from {@code openapi/parameters.properties}, the error answers every
 * endpoint can give with their bodies and examples, and Lofty's lead endpoints first.
 */
@SuppressWarnings({"rawtypes", "unchecked"}) // swagger's model types are raw in its own API
class OpenApiDocument implements OperationCustomizer, OpenApiCustomizer {

    /** Tags in the order a reader meets them: the lead, its follow-up life, the team around it, then Leadline's own. */
    private static final List<String> TAG_ORDER = List.of("Leads", "Notes", "Lead timeline", "Lead transactions",
            "Transactions V2", "Tasks & Appointments", "Tasks & Appointments V2", "Calendar V2 API", "Communication",
            "Members", "Team features", "Routing", "Webhooks");

    private static final String ERROR_SCHEMA = "Error";
    private static final String RATE_LIMITED_SCHEMA = "RateLimited";

    private final Properties descriptions = load();

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        String controller = handler.getBeanType().getSimpleName().replaceFirst("Controller$", "");
        operation.setOperationId(handler.getMethod().getName() + controller);
        return operation;
    }

    @Override
    public void customise(OpenAPI document) {
        document.getComponents().addSchemas(ERROR_SCHEMA, new ObjectSchema()
                .description("Leadline's and Lofty's error body")
                .addProperty("code", new IntegerSchema().description("Lofty's error code (README \"Errors\")"))
                .addProperty("message", new StringSchema().description("What was wrong, naming the field"))
                .required(List.of("code", "message")));
        document.getComponents().addSchemas(RATE_LIMITED_SCHEMA, new ObjectSchema()
                .addProperty("message", new StringSchema().example("Too Many Requests")).required(List.of("message")));
        document.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            describeParameters(path, operation);
            addErrors(path, operation);
        }));
        markAlwaysPresentFields(document);
        orderByTag(document);
    }

    /**
     * A response record's components that are not {@code @Nullable} are always in the answer, so the schema lists them
     * as required. Schemas a request body uses are left alone: what a request must carry is the endpoint's rule.
     */
    private static void markAlwaysPresentFields(OpenAPI document) {
        Map<String, Schema> schemas = document.getComponents().getSchemas();
        Set<String> sent = new HashSet<>();
        document.getPaths().values().stream().flatMap(item -> item.readOperations().stream())
                .filter(operation -> operation.getRequestBody() != null && operation.getRequestBody().getContent() != null)
                .flatMap(operation -> operation.getRequestBody().getContent().values().stream())
                .forEach(media -> collectReferences(media.getSchema(), schemas, sent));
        Map<String, Class<?>> records = LeadlineRecords.bySimpleName();
        schemas.forEach((name, schema) -> {
            Class<?> type = records.get(name);
            if (type == null || sent.contains(name) || schema.getProperties() == null) {
                return;
            }
            List<String> required = Arrays.stream(type.getRecordComponents())
                    .filter(component -> !component.getAnnotatedType().isAnnotationPresent(Nullable.class)
                            && !component.getAccessor().isAnnotationPresent(JsonUnwrapped.class))
                    .map(OpenApiDocument::jsonName)
                    .filter(schema.getProperties()::containsKey)
                    .toList();
            if (!required.isEmpty()) {
                schema.setRequired(required);
            }
        });
    }

    private static String jsonName(RecordComponent component) {
        // Jackson's annotations reach a record's accessor, not the component itself
        JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
        return renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
    }

    private static void collectReferences(@Nullable Schema<?> schema, Map<String, Schema> schemas, Set<String> into) {
        if (schema == null) {
            return;
        }
        if (schema.get$ref() != null) {
            String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            if (into.add(name)) {
                collectReferences(schemas.get(name), schemas, into);
            }
            return;
        }
        collectReferences(schema.getItems(), schemas, into);
        if (schema.getAdditionalProperties() instanceof Schema<?> values) {
            collectReferences(values, schemas, into);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> collectReferences(property, schemas, into));
        }
        for (List<Schema> composed : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (composed != null) {
                composed.forEach(part -> collectReferences(part, schemas, into));
            }
        }
    }

    private void describeParameters(String path, Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            if (StringUtils.hasText(parameter.getDescription())) {
                continue;
            }
            String description = descriptions.getProperty(path + "#" + parameter.getName(),
                    descriptions.getProperty(parameter.getName()));
            parameter.setDescription(description);
        }
    }

    private static void addErrors(String path, Operation operation) {
        ApiResponses responses = operation.getResponses();
        if (path.startsWith("/inbound/")) {
            responses.putIfAbsent("403", error("The signature is missing or does not match", 20017,
                    "The request's signature does not match"));
            return;
        }
        responses.putIfAbsent("400", error("Invalid input or a refused action; the message names the field or reason",
                20012, "limit: must be between 1 and 100"));
        responses.putIfAbsent("401", error("No credential, or an unknown, revoked or expired one", 900401,
                "Unknown, revoked or expired credential"));
        if (path.startsWith("/leadline/")) {
            responses.putIfAbsent("403", error("The caller's role may not do this", 20017, "Only owners and admins may do this"));
        }
        if (path.contains("{")) {
            responses.putIfAbsent("404", error("Not found, or not visible to the caller (never 403 for what one cannot see)",
                    20007, "RESOURCE_NOT_EXIST"));
        }
        responses.putIfAbsent("429", new ApiResponse()
                .description("Over the key's requests per minute; Retry-After says when to try again")
                .content(json(RATE_LIMITED_SCHEMA, Map.of("message", "Too Many Requests"))));
    }

    private static ApiResponse error(String description, int code, String message) {
        return new ApiResponse().description(description).content(json(ERROR_SCHEMA, Map.of("code", code, "message", message)));
    }

    private static Content json(String schema, Map<String, Object> example) {
        return new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE, new MediaType()
                .schema(new Schema<>().$ref("#/components/schemas/" + schema))
                .addExamples("example", new Example().value(example)));
    }

    /**
     * Paths grouped by their first tag in {@link #TAG_ORDER} (Leadline's own tags after), Lofty's paths before
     * Leadline's within a group, then alphabetical.
     */
    private static void orderByTag(OpenAPI document) {
        Map<String, PathItem> sorted = new TreeMap<>(Comparator.comparing((String path) -> rank(document.getPaths().get(path)))
                .thenComparing(path -> path.startsWith("/leadline/"))
                .thenComparing(Comparator.naturalOrder()));
        sorted.putAll(document.getPaths());
        Paths ordered = new Paths();
        sorted.forEach(ordered::addPathItem);
        document.setPaths(ordered);
        List<String> tags = new ArrayList<>(TAG_ORDER);
        document.getPaths().values().stream().flatMap(item -> item.readOperations().stream())
                .flatMap(operation -> operation.getTags() == null ? java.util.stream.Stream.empty() : operation.getTags().stream())
                .distinct().sorted().filter(tag -> !tags.contains(tag)).forEach(tags::add);
        document.setTags(tags.stream().map(name -> new Tag().name(name)).toList());
    }

    private static int rank(PathItem item) {
        return item.readOperations().stream()
                .flatMap(operation -> operation.getTags() == null ? java.util.stream.Stream.empty() : operation.getTags().stream())
                .mapToInt(tag -> TAG_ORDER.contains(tag) ? TAG_ORDER.indexOf(tag) : TAG_ORDER.size())
                .min().orElse(TAG_ORDER.size() + 1);
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = OpenApiDocument.class.getResourceAsStream("/openapi/parameters.properties")) {
            if (in == null) {
                throw new IllegalStateException("openapi/parameters.properties is missing from the build");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
