package in.mrmentor.http;

import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.FieldError;
import in.mrmentor.shared.Validation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Gathers the refusals of one request's fields, so the answer names every failing one (API.md
 * "Input"): the body's fields that did not bind ({@link Input#jsonPartly}), the edge's own parsing,
 * and the command's validation, in one 400.
 */
public final class Fields {
    private final List<FieldError> errors = new ArrayList<>();

    public Fields() {
    }

    /** Starts from the refusals of binding the body; {@link #build} then throws even if the command is happy. */
    public Fields(List<FieldError> bindingErrors) {
        errors.addAll(bindingErrors);
    }

    /** The enum {@code raw} names, or null: absent, or unknown and then refused with the others. */
    public <E extends Enum<E>> E optionalEnum(String raw, String field, Class<E> type) {
        E value = Input.enumOrNull(raw, type);
        if (value == null && raw != null && !raw.isBlank()) {
            errors.add(new FieldError(field, Input.oneOf(type)));
        }
        return value;
    }

    /**
     * Builds the command; its own refusals join the ones gathered so far, and any refusal is thrown whole.
     * A field refused here already (an unknown enum value, which reaches the command as null) is not
     * named a second time by the command's "is required".
     */
    public <T> T build(Supplier<T> make) {
        T made;
        try {
            made = make.get();
        } catch (DomainException e) {
            if (!Validation.CODE.equals(e.code())) {
                throw e;
            }
            e.fieldErrors().stream()
                    .filter(error -> errors.stream().noneMatch(known -> known.field().equals(error.field())))
                    .forEach(errors::add);
            throw Validation.invalid(errors);
        }
        if (!errors.isEmpty()) {
            throw Validation.invalid(errors);
        }
        return made;
    }
}
