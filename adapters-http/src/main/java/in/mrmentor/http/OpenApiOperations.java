package in.mrmentor.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One OpenAPI operation from one {@link Route}: parameters (path, query, tenant and {@code Idempotency-Key}
 * headers), the request body, the declared success reply and every problem the route can answer
 * ({@link OpenApiProblems}). Schemas go through the shared {@link OpenApiSchemas}, so records are named once.
 */
final class OpenApiOperations {
    private static final Pattern PARAM = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    private final OpenApiSchemas schemas;

    OpenApiOperations(OpenApiSchemas schemas) {
        this.schemas = schemas;
    }

    Map<String, Object> operation(DeclaredRoute declared, boolean tenantScoped) {
        Route route = declared.route();
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("tags", List.of(declared.tag()));
        op.put("summary", route.summary());
        op.put("operationId", operationId(route));
        List<Object> parameters = parameters(route, tenantScoped);
        if (!parameters.isEmpty()) {
            op.put("parameters", parameters);
        }
        Access access = route.access();
        if (access instanceof Access.ApiKey) {
            op.put("security", List.of(Map.of(OpenApiDocument.API_KEY, List.of())));
            op.put("description", "Who: " + String.join(", ", access.documentedRoles()));
        } else if (access.isPublic()) {
            op.put("security", List.of());
        } else {
            op.put("security", List.of(Map.of(OpenApiDocument.BEARER, List.of())));
            List<String> roles = access.documentedRoles();
            op.put("description", "Who: " + String.join(", ", roles));
            op.put("x-roles", roles);
        }
        Map<String, Object> body = requestBody(route);
        if (body != null) {
            op.put("requestBody", body);
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        responses.put(String.valueOf(successStatus(route)), success(route));
        responses.putAll(OpenApiProblems.responses(route, !pathParameters(route).isEmpty(), tenantScoped));
        for (Route.OtherAnswer other : route.otherAnswers()) {
            responses.put(String.valueOf(other.status()), otherAnswer(other));
        }
        op.put("responses", responses);
        return op;
    }

    /** The declared success status; a route that declares none is refused by the route test, documented as 200. */
    static int successStatus(Route route) {
        return route.reply() == null ? 200 : route.reply().status();
    }

    /** {@code get} + the path's words in camel case, e.g. {@code getAdminSystemConfigById}. */
    static String operationId(Route route) {
        StringBuilder name = new StringBuilder(route.method().name().toLowerCase(Locale.ROOT));
        for (String segment : route.path().split("/")) {
            if (segment.isEmpty() || segment.equals("api")) {
                continue;
            }
            Matcher param = PARAM.matcher(segment);
            String words = param.matches() ? "by-" + param.group(1) : segment;
            for (String word : words.split("[\\-._]+")) {
                if (!word.isEmpty()) {
                    name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
                }
            }
        }
        return name.toString();
    }

    static List<String> pathParameters(Route route) {
        return PARAM.matcher(route.path()).results().map(match -> match.group(1)).toList();
    }

    /** Ids are UUIDs: a path parameter named {@code id} or ending in {@code Id} (the routes read them with {@code Input.uuidPath}). */
    static boolean isUuidName(String name) {
        return name.equals("id") || name.endsWith("Id");
    }

    private List<Object> parameters(Route route, boolean tenantScoped) {
        List<Object> parameters = new ArrayList<>();
        for (String name : pathParameters(route)) {
            Map<String, Object> schema = isUuidName(name) ? Map.of("type", "string", "format", "uuid")
                    : Map.of("type", "string");
            parameters.add(Map.of("name", name, "in", "path", "required", true, "schema", schema));
        }
        for (Route.QueryParam query : route.query()) {
            Map<String, Object> parameter = new LinkedHashMap<>();
            parameter.put("name", query.name());
            parameter.put("in", "query");
            parameter.put("required", query.required());
            if (!query.description().isEmpty()) {
                parameter.put("description", query.description());
            }
            parameter.put("schema", querySchema(query));
            parameters.add(parameter);
        }
        if (tenantScoped) {
            parameters.add(Map.of("$ref", "#/components/parameters/" + OpenApiDocument.PLATFORM_PARAMETER));
        }
        if (route.honoursIdempotencyKey()) {
            parameters.add(Map.of("$ref", "#/components/parameters/" + OpenApiDocument.IDEMPOTENCY_PARAMETER));
        }
        return parameters;
    }

    /** Enums point at their named schema, so a generated client takes the enum type; scalars are inline. */
    private Map<String, Object> querySchema(Route.QueryParam query) {
        if (query.type().isEnum()) {
            return schemas.replySchema(query.type());
        }
        Map<String, Object> schema = new LinkedHashMap<>(OpenApiScalars.inline(query.type()));
        if (query.name().equals("limit") && "integer".equals(schema.get("type"))) {
            schema.put("minimum", 1);
            schema.put("maximum", Input.MAX_LIMIT);
            schema.put("default", Input.DEFAULT_LIMIT);
        }
        return schema;
    }

    private Map<String, Object> requestBody(Route route) {
        Map<String, Object> content = new LinkedHashMap<>();
        if (route.requestBody() != null) {
            // A form (withFormBody) is documented by its record like a JSON body, under its own media type.
            String mediaType = route.rawBodyType() != null ? route.rawBodyType() : "application/json";
            content.put(mediaType, Map.of("schema", schemas.requestSchema(route.requestBody())));
        } else if (route.rawBodyType() != null) {
            content.put(route.rawBodyType(), Map.of("schema", bytesSchema(route.rawBodyType())));
        }
        if (content.isEmpty()) {
            return null;
        }
        boolean required = route.rawBodyType() != null || !route.bodyOptional();
        return Map.of("required", required, "content", content);
    }

    private Map<String, Object> success(Route route) {
        Route.Reply reply = route.reply();
        if (reply == null || reply.body() == null) {
            return Map.of("description", reply == null ? "Success (reply not declared)" : "Success, no body");
        }
        Map<String, Object> schema = reply.body() == byte[].class ? bytesSchema(reply.mediaType())
                : schemas.replySchema(reply.body());
        return Map.of("description", "Success", "content", Map.of(reply.mediaType(), Map.of("schema", schema)));
    }

    private Map<String, Object> otherAnswer(Route.OtherAnswer other) {
        if (other.body() == null) {
            return Map.of("description", other.description(),
                    "headers", Map.of("Location", Map.of("description", "where to go", "schema", Map.of("type", "string"))));
        }
        return Map.of("description", other.description(),
                "content", Map.of("application/json", Map.of("schema", schemas.replySchema(other.body()))));
    }

    /** Text of a text type, raw bytes otherwise. */
    private static Map<String, Object> bytesSchema(String mediaType) {
        String type = mediaType.toLowerCase(Locale.ROOT);
        boolean text = type.startsWith("text/") || type.contains("json") || type.contains("javascript");
        return text ? Map.of("type", "string") : Map.of("type", "string", "format", "binary");
    }
}
