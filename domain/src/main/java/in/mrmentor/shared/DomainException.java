package in.mrmentor.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A business refusal: a stable {@code code} clients can switch on, a {@link ErrorKind} the adapters
 * translate, and a human detail that never contains secrets.
 */
public class DomainException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorKind kind;
    private final String code;
    private final transient List<FieldError> fieldErrors;
    private final transient Map<String, Object> properties;

    public DomainException(ErrorKind kind, String code, String detail) {
        this(kind, code, detail, List.of());
    }

    public DomainException(ErrorKind kind, String code, String detail, List<FieldError> fieldErrors) {
        this(kind, code, detail, fieldErrors, Map.of());
    }

    /**
     * @param properties facts a client needs to act on the refusal (say, when a window opens), added to
     *                   the problem body under their names; values are strings, numbers, booleans or instants
     */
    public DomainException(ErrorKind kind, String code, String detail, List<FieldError> fieldErrors,
                           Map<String, Object> properties) {
        super(detail, null, false, false);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.code = Objects.requireNonNull(code, "code");
        this.fieldErrors = List.copyOf(fieldErrors);
        this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    public static DomainException notFound(String code, String detail) {
        return new DomainException(ErrorKind.NOT_FOUND, code, detail);
    }

    public static DomainException conflict(String code, String detail) {
        return new DomainException(ErrorKind.CONFLICT, code, detail);
    }

    public static DomainException forbidden(String code, String detail) {
        return new DomainException(ErrorKind.FORBIDDEN, code, detail);
    }

    public ErrorKind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public String detail() {
        return getMessage();
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /** Extra members of the problem body, in insertion order; empty for most refusals. */
    public Map<String, Object> properties() {
        return properties;
    }
}
