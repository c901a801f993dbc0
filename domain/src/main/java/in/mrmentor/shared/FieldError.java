package in.mrmentor.shared;

import java.util.Objects;

/** One rejected input field, as clients see it in a problem's {@code errors}. */
public record FieldError(String field, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
