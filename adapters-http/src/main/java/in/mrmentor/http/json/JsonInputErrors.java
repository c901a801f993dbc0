package in.mrmentor.http.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.FieldError;
import in.mrmentor.shared.Validation;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Explains a rejected request body in the API's terms: a {@code VALIDATION_FAILED} refusal naming
 * the offending field. A record's compact constructor that refuses its input arrives here wrapped by
 * Jackson; its own {@link DomainException} is what the client gets.
 */
public final class JsonInputErrors {
    static final String BODY = "body";

    private JsonInputErrors() {
    }

    /** True for failures caused by the client's JSON (not by our types or by writing a response). */
    public static boolean isClientInput(Throwable error) {
        if (error instanceof InvalidDefinitionException) {
            return false;
        }
        return error instanceof StreamReadException
                || error instanceof MismatchedInputException
                || error instanceof ValueInstantiationException
                || (error instanceof JsonMappingException && domainCause(error).isPresent());
    }

    public static DomainException toRefusal(JacksonException error) {
        Optional<DomainException> domain = domainCause(error);
        if (domain.isPresent()) {
            return domain.get();
        }
        if (error instanceof StreamReadException) {
            return Validation.invalid(BODY, "is not valid JSON");
        }
        return Validation.invalid(List.of(fieldError(error, "")));
    }

    /** The one field {@code error} is about, named below {@code prefix} (the path of the value that was bound). */
    static FieldError fieldError(JacksonException error, String prefix) {
        String relative = error instanceof JsonMappingException mapping ? fieldOf(mapping) : BODY;
        String field = join(prefix, relative);
        return new FieldError(field, messageFor(error, relative));
    }

    static String join(String prefix, String relative) {
        if (prefix.isEmpty()) {
            return relative;
        }
        if (BODY.equals(relative)) {
            return prefix;
        }
        return relative.startsWith("[") ? prefix + relative : prefix + "." + relative;
    }

    private static String messageFor(JacksonException error, String field) {
        if (error instanceof RefusedValue refused) {
            return refused.clientMessage();
        }
        Throwable coercion = error instanceof InputCoercionException ? error : error.getCause();
        if (coercion instanceof InputCoercionException tooLarge) {
            // A number too large for its field (Jackson wraps the parser's complaint with the field's path).
            return "must be " + describe(tooLarge.getTargetType());
        }
        if (error instanceof ValueInstantiationException) {
            return "is invalid";
        }
        if (error instanceof MismatchedInputException mismatch) {
            if (BODY.equals(field) && mismatch.getTargetType() != null && error.getMessage() != null
                    && error.getMessage().contains("No content")) {
                return "is required";
            }
            if (error instanceof InvalidFormatException || mismatch.getTargetType() != null) {
                return "must be " + describe(mismatch.getTargetType());
            }
        }
        return "is invalid";
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "an integer";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type == java.time.LocalDate.class) {
            return "a date YYYY-MM-DD that exists";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 timestamp";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }

    /** {@code items[2].name} style, so nested mistakes point at the exact spot. */
    private static String fieldOf(JsonMappingException error) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : error.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? BODY : path.toString();
    }

    static Optional<DomainException> domainCause(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException domain) {
                return Optional.of(domain);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }
}
