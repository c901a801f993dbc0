package in.mrmentor.shared;

import java.util.List;
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

    public DomainException(ErrorKind kind, String code, String detail) {
        this(kind, code, detail, List.of());
    }

    public DomainException(ErrorKind kind, String code, String detail, List<FieldError> fieldErrors) {
        super(detail, null, false, false);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.code = Objects.requireNonNull(code, "code");
        this.fieldErrors = List.copyOf(fieldErrors);
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
}
