package in.mrmentor.http;

import com.fasterxml.jackson.annotation.JsonProperty;
import in.mrmentor.shared.Platform;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OpenAPI 3.0 description of the running server, derived from the same {@link Route} declarations
 * that are registered and guarded, so the document cannot list a route that does not exist or miss one.
 */
final class OpenApiDocument {
    private static final Pattern PARAM = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");
    private static final String PROBLEM_RESPONSE = "#/components/responses/Problem";

    private OpenApiDocument() {
    }

    static Map<String, Object> describe(List<DeclaredRoute> routes, Set<String> platformNeutralPaths) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put("info", Map.of("title", "MAS / Mr. Mentor API", "version", "1"));
        Set<String> tags = new LinkedHashSet<>();
        Map<String, Map<String, Object>> paths = new LinkedHashMap<>();
        for (DeclaredRoute declared : routes) {
            Route route = declared.route();
            tags.add(declared.tag());
            paths.computeIfAbsent(route.path(), p -> new LinkedHashMap<>())
                    .put(route.method().name().toLowerCase(Locale.ROOT),
                            operation(declared, !platformNeutralPaths.contains(route.path())));
        }
        doc.put("tags", tags.stream().map(tag -> Map.of("name", tag)).toList());
        doc.put("paths", paths);
        doc.put("components", components());
        return doc;
    }

    private static Map<String, Object> operation(DeclaredRoute declared, boolean tenantScoped) {
        Route route = declared.route();
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("tags", List.of(declared.tag()));
        op.put("summary", route.summary());
        op.put("operationId", route.method().name().toLowerCase(Locale.ROOT) + operationName(route.path()));
        List<Object> parameters = new ArrayList<>();
        Matcher params = PARAM.matcher(route.path());
        while (params.find()) {
            parameters.add(Map.of("name", params.group(1), "in", "path", "required", true,
                    "schema", Map.of("type", "string")));
        }
        if (tenantScoped) {
            parameters.add(Map.of("$ref", "#/components/parameters/Platform"));
        }
        if (!parameters.isEmpty()) {
            op.put("parameters", parameters);
        }
        Access access = route.access();
        if (access instanceof Access.ApiKey) {
            op.put("security", List.of(Map.of("vendorApiKey", List.of())));
            op.put("description", "Who: " + String.join(", ", access.documentedRoles()));
        } else if (access.isPublic()) {
            op.put("security", List.of());
        } else {
            op.put("security", List.of(Map.of("bearerAuth", List.of())));
            List<String> roles = access.documentedRoles();
            op.put("description", "Who: " + String.join(", ", roles));
            op.put("x-roles", roles);
        }
        if (route.requestBody() != null) {
            op.put("requestBody", Map.of("required", true,
                    "content", Map.of("application/json", Map.of("schema", schemaOf(route.requestBody())))));
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        Route.Reply reply = route.reply();
        if (reply == null) {
            responses.put(route.method() == Route.Method.DELETE ? "204" : "200", Map.of("description", "Success"));
        } else if (reply.body() == null) {
            responses.put(String.valueOf(reply.status()), Map.of("description", "Success"));
        } else {
            responses.put(String.valueOf(reply.status()), Map.of("description", "Success",
                    "content", Map.of(reply.mediaType(), Map.of("schema", schemaOf(reply.body())))));
        }
        if (route.requestBody() != null || !PARAM.matcher(route.path()).results().toList().isEmpty() || tenantScoped) {
            responses.put("400", Map.of("$ref", PROBLEM_RESPONSE));
        }
        if (!access.isPublic()) {
            responses.put("401", Map.of("$ref", PROBLEM_RESPONSE));
            responses.put("403", Map.of("$ref", PROBLEM_RESPONSE));
        }
        responses.put("default", Map.of("$ref", PROBLEM_RESPONSE));
        op.put("responses", responses);
        return op;
    }

    private static String operationName(String path) {
        StringBuilder name = new StringBuilder();
        for (String segment : path.split("[/\\-._{}]+")) {
            if (!segment.isEmpty() && !segment.equals("api")) {
                name.append(Character.toUpperCase(segment.charAt(0))).append(segment.substring(1));
            }
        }
        return name.toString();
    }

    /** A shallow schema from a record's components (JSON names honoured); good enough for clients to read. */
    static Map<String, Object> schemaOf(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Type raw = parameterized.getRawType();
            if (raw instanceof Class<?> rawClass && Collection.class.isAssignableFrom(rawClass)) {
                return Map.of("type", "array", "items", schemaOf(parameterized.getActualTypeArguments()[0]));
            }
            return Map.of("type", "object");
        }
        if (!(type instanceof Class<?> c)) {
            return Map.of("type", "object");
        }
        if (c == String.class) {
            return Map.of("type", "string");
        }
        if (c == UUID.class) {
            return Map.of("type", "string", "format", "uuid");
        }
        if (Temporal.class.isAssignableFrom(c)) {
            return Map.of("type", "string", "format", "date-time");
        }
        if (c == boolean.class || c == Boolean.class) {
            return Map.of("type", "boolean");
        }
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            return Map.of("type", "integer");
        }
        if (c.isPrimitive() || Number.class.isAssignableFrom(c)) {
            return Map.of("type", "number");
        }
        if (c.isEnum()) {
            return Map.of("type", "string", "enum", Arrays.stream(c.getEnumConstants()).map(String::valueOf).toList());
        }
        if (c.isRecord()) {
            Map<String, Object> properties = new LinkedHashMap<>();
            for (RecordComponent component : c.getRecordComponents()) {
                JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
                if (renamed == null) {
                    renamed = component.getAnnotation(JsonProperty.class);
                }
                String name = renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
                properties.put(name, schemaOf(component.getGenericType()));
            }
            return Map.of("type", "object", "properties", properties);
        }
        return Map.of("type", "object");
    }

    private static Map<String, Object> components() {
        Map<String, Object> fieldError = Map.of("type", "object", "properties", Map.of(
                "field", Map.of("type", "string"), "message", Map.of("type", "string")));
        Map<String, Object> problemProperties = new LinkedHashMap<>();
        problemProperties.put("type", Map.of("type", "string"));
        problemProperties.put("title", Map.of("type", "string"));
        problemProperties.put("status", Map.of("type", "integer"));
        problemProperties.put("code", Map.of("type", "string", "description", "stable UPPER_SNAKE code to switch on"));
        problemProperties.put("detail", Map.of("type", "string"));
        problemProperties.put("errors", Map.of("type", "array", "items", Map.of("$ref", "#/components/schemas/FieldError")));
        problemProperties.put("requestId", Map.of("type", "string"));
        Map<String, Object> problem = Map.of("type", "object",
                "required", List.of("type", "title", "status", "code", "requestId"), "properties", problemProperties);
        return Map.of(
                "securitySchemes", Map.of("bearerAuth", Map.of("type", "http", "scheme", "bearer", "bearerFormat", "JWT"),
                        // Vendors of the CRM (journey 7) send their key in this header; only /api/vendor routes take it.
                        "vendorApiKey", Map.of("type", "apiKey", "in", "header", "name", "x-api-key")),
                "schemas", Map.of("Problem", problem, "FieldError", fieldError),
                "responses", Map.of("Problem", Map.of("description", "An RFC 9457 problem",
                        "content", Map.of("application/problem+json", Map.of("schema", Map.of("$ref", "#/components/schemas/Problem"))))),
                "parameters", Map.of("Platform", Map.of("name", "x-platform", "in", "header", "required", false,
                        "schema", Map.of("type", "string", "enum", Arrays.stream(Platform.values()).map(Platform::headerValue).toList(),
                                "default", Platform.defaultPlatform().headerValue()))));
    }
}
