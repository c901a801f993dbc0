package in.mrmentor.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every rejected field of one input before refusing it, so a client learns about all of
 * its mistakes in one answer instead of one per round trip.
 */
public final class Validation {
    public static final String CODE = "VALIDATION_FAILED";

    private final List<FieldError> errors = new ArrayList<>();

    public Validation require(boolean condition, String field, String message) {
        if (!condition) {
            errors.add(new FieldError(field, message));
        }
        return this;
    }

    public Validation requireText(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "must not be blank"));
        } else if (value.length() > maxLength) {
            errors.add(new FieldError(field, "must be at most " + maxLength + " characters"));
        }
        return this;
    }

    public Validation optionalText(String value, String field, int maxLength) {
        if (value != null && value.length() > maxLength) {
            errors.add(new FieldError(field, "must be at most " + maxLength + " characters"));
        }
        return this;
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    /** Throws a {@code VALIDATION_FAILED} refusal naming every collected field, if there is one. */
    public void orThrow() {
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
    }

    public static DomainException invalid(List<FieldError> errors) {
        return new DomainException(ErrorKind.INVALID, CODE, "The request is not valid.", errors);
    }

    public static DomainException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }
}
