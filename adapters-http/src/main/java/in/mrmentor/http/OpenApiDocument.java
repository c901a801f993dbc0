package in.mrmentor.http;

import in.mrmentor.shared.Platform;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The OpenAPI 3.0.3 description of the running server, derived from the same {@link Route} declarations
 * that are registered and guarded, so the document cannot list a route that does not exist or miss one.
 * Operations are built by {@link OpenApiOperations}, problems by {@link OpenApiProblems}, and the
 * schemas of records by {@link OpenApiSchemas}.
 */
final class OpenApiDocument {
    static final String BEARER = "bearerAuth";
    static final String API_KEY = "apiKey";
    static final String PLATFORM_PARAMETER = "Platform";
    static final String IDEMPOTENCY_PARAMETER = "IdempotencyKey";

    private OpenApiDocument() {
    }

    static Map<String, Object> describe(List<DeclaredRoute> routes, Set<String> platformNeutralPaths) {
        OpenApiSchemas schemas = new OpenApiSchemas();
        schemas.define(OpenApiProblems.SCHEMA, OpenApiProblems.problemSchema());
        schemas.define(OpenApiProblems.FIELD_ERROR_SCHEMA, OpenApiProblems.fieldErrorSchema());
        OpenApiOperations operations = new OpenApiOperations(schemas);

        Set<String> tags = new LinkedHashSet<>();
        Map<String, Map<String, Object>> paths = new LinkedHashMap<>();
        for (DeclaredRoute declared : routes) {
            Route route = declared.route();
            tags.add(declared.tag());
            paths.computeIfAbsent(route.path(), p -> new LinkedHashMap<>())
                    .put(route.method().name().toLowerCase(Locale.ROOT),
                            operations.operation(declared, !platformNeutralPaths.contains(route.path())));
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put("info", Map.of("title", "MAS / Mr. Mentor API", "version", "1",
                "description", "Every error is application/problem+json with a stable `code`; each operation lists "
                        + "the codes it can answer. Lists page with `limit` and `cursor` (`nextCursor` is null on "
                        + "the last page). The interactive page is at /docs."));
        doc.put("tags", tags.stream().map(tag -> Map.of("name", tag)).toList());
        doc.put("paths", paths);
        doc.put("components", components(schemas));
        return doc;
    }

    private static Map<String, Object> components(OpenApiSchemas schemas) {
        Map<String, Object> components = new LinkedHashMap<>();
        components.put("securitySchemes", Map.of(
                BEARER, Map.of("type", "http", "scheme", "bearer", "bearerFormat", "JWT",
                        "description", "The accessToken of /api/auth/login, /signup or /refresh"),
                // Vendors of the CRM (journey 7) send their key in this header; only /api/vendor routes take it.
                API_KEY, Map.of("type", "apiKey", "in", "header", "name", "x-api-key",
                        "description", "A vendor key issued by a sales head (mas crm vendor-keys create)")));
        components.put("schemas", schemas.components());
        components.put("parameters", Map.of(
                PLATFORM_PARAMETER, Map.of("name", "x-platform", "in", "header", "required", false,
                        "description", "The tenant; the default platform when absent",
                        "schema", Map.of("type", "string",
                                "enum", Arrays.stream(Platform.values()).map(Platform::headerValue).toList(),
                                "default", Platform.defaultPlatform().headerValue())),
                IDEMPOTENCY_PARAMETER, Map.of("name", Idempotent.HEADER, "in", "header", "required", false,
                        "description", "Retries with the same key replay the first answer (with "
                                + Idempotent.REPLAYED_HEADER + ": true); the same key with another body is 422 "
                                + OpenApiProblems.IDEMPOTENCY_KEY_REUSED,
                        "schema", Map.of("type", "string", "pattern", "^[\\x21-\\x7E]{1,255}$"))));
        return components;
    }
}
