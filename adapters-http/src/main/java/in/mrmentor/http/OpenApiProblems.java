package in.mrmentor.http;

import in.mrmentor.http.problem.Problem;
import in.mrmentor.http.problem.ProblemResponses;
import in.mrmentor.shared.ErrorKind;
import in.mrmentor.shared.Validation;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The problem+json answers of one route, by status, each listing the {@code code}s it can carry: the
 * route's declared {@link Route#errors()} plus the generic ones every route of its shape can meet
 * (400 on input, 401/403 when not public, 413/415 on bodies, 422 on a reused {@code Idempotency-Key},
 * 503 when the database is out of reach). The codes are in {@code x-problem-codes} and as one example each.
 */
final class OpenApiProblems {
    static final String SCHEMA = "Problem";
    static final String FIELD_ERROR_SCHEMA = "FieldError";
    static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";
    static final String PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE";
    static final String IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED";
    private static final String UNKNOWN_PLATFORM = "UNKNOWN_PLATFORM";

    private OpenApiProblems() {
    }

    /** Every non-2xx status the route can answer, ordered by status. */
    static Map<String, Object> responses(Route route, boolean hasPathParameters, boolean tenantScoped) {
        Map<Integer, Set<String>> codes = new TreeMap<>();
        boolean takesBody = route.requestBody() != null || route.rawBodyType() != null;
        if (takesBody || hasPathParameters || !route.query().isEmpty()) {
            add(codes, 400, Validation.CODE);
        }
        if (tenantScoped) {
            add(codes, 400, UNKNOWN_PLATFORM);
        }
        if (!route.access().isPublic()) {
            add(codes, 401, "UNAUTHENTICATED");
            add(codes, 403, "FORBIDDEN");
        }
        if (route.method() != Route.Method.GET && route.method() != Route.Method.DELETE) {
            add(codes, 413, PAYLOAD_TOO_LARGE);
        }
        if (route.requestBody() != null) {
            add(codes, 415, UNSUPPORTED_MEDIA_TYPE);
        }
        if (route.honoursIdempotencyKey()) {
            add(codes, 422, IDEMPOTENCY_KEY_REUSED);
        }
        for (Route.ErrorCase error : route.errors()) {
            add(codes, ProblemResponses.statusOf(error.kind()), error.code());
        }
        add(codes, ProblemResponses.statusOf(ErrorKind.UNAVAILABLE), ProblemResponses.SERVICE_UNAVAILABLE);
        Map<String, Object> responses = new LinkedHashMap<>();
        codes.forEach((status, list) -> responses.put(String.valueOf(status), response(status, List.copyOf(list))));
        return responses;
    }

    private static void add(Map<Integer, Set<String>> codes, int status, String code) {
        codes.computeIfAbsent(status, s -> new LinkedHashSet<>()).add(code);
    }

    private static Map<String, Object> response(int status, List<String> codes) {
        Map<String, Object> examples = new LinkedHashMap<>();
        for (String code : codes) {
            Problem example = Problem.of(status, code, detail(code), List.of(), "3f2a9c1e-6b7d-4e2f-9a1b-0c8d7e6f5a4b");
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("type", example.type());
            value.put("title", example.title());
            value.put("status", example.status());
            value.put("code", example.code());
            value.put("detail", example.detail());
            value.put("requestId", example.requestId());
            examples.put(code, Map.of("summary", code, "value", value));
        }
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("description", "Problem: " + String.join(", ", codes));
        response.put("x-problem-codes", codes);
        response.put("content", Map.of(Problem.CONTENT_TYPE, Map.of(
                "schema", Map.of("$ref", OpenApiSchemas.REF_PREFIX + SCHEMA), "examples", examples)));
        return response;
    }

    private static String detail(String code) {
        return code.charAt(0) + code.substring(1).toLowerCase(Locale.ROOT).replace('_', ' ') + ".";
    }

    /** The RFC 9457 body every problem answer has ({@link Problem}). */
    static Map<String, Object> problemSchema() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("type", Map.of("type", "string", "description", "urn:mrmentor:problem:<code in kebab case>"));
        properties.put("title", Map.of("type", "string"));
        properties.put("status", Map.of("type", "integer", "format", "int32"));
        properties.put("code", Map.of("type", "string", "description", "stable UPPER_SNAKE code to switch on"));
        properties.put("detail", Map.of("type", "string"));
        properties.put("errors", Map.of("type", "array", "description", "the refused input fields (400 only)",
                "items", Map.of("$ref", OpenApiSchemas.REF_PREFIX + FIELD_ERROR_SCHEMA)));
        properties.put("requestId", Map.of("type", "string"));
        return Map.of("type", "object", "required", List.of("type", "title", "status", "code", "requestId"),
                "properties", properties);
    }

    static Map<String, Object> fieldErrorSchema() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("field", Map.of("type", "string"));
        properties.put("message", Map.of("type", "string"));
        return Map.of("type", "object", "required", List.of("field", "message"), "properties", properties);
    }
}
