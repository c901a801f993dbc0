package in.mrmentor.http.problem;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import in.mrmentor.shared.FieldError;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An RFC 9457 problem body, the one shape of every non-2xx answer.
 * {@code errors} is omitted unless some input field was rejected; {@code properties} are the refusal's
 * extension members (RFC 9457 section 3.2), written beside the standard ones.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String code, String detail, List<FieldError> errors,
                      String requestId, @JsonIgnore Map<String, Object> properties) {

    public static final String CONTENT_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:mrmentor:problem:";

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
        properties = properties == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    public Problem(String type, String title, int status, String code, String detail, List<FieldError> errors,
                   String requestId) {
        this(type, title, status, code, detail, errors, requestId, Map.of());
    }

    /** The extension members, for Jackson to write at the top level. */
    @JsonAnyGetter
    public Map<String, Object> extensions() {
        return properties;
    }

    public static Problem of(int status, String code, String detail, List<FieldError> errors, String requestId,
                             Map<String, Object> properties) {
        return new Problem(TYPE_PREFIX + code.toLowerCase(Locale.ROOT).replace('_', '-'), titleOf(status), status,
                code, detail, errors, requestId, properties);
    }

    public static Problem of(int status, String code, String detail, List<FieldError> errors, String requestId) {
        return new Problem(TYPE_PREFIX + code.toLowerCase(Locale.ROOT).replace('_', '-'), titleOf(status), status,
                code, detail, errors, requestId);
    }

    private static String titleOf(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 402 -> "Payment Required";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 409 -> "Conflict";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Server Error" : "Client Error";
        };
    }
}
