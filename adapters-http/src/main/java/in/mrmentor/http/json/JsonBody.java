package in.mrmentor.http.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.FieldError;
import in.mrmentor.shared.Validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Binds a request body to its record and, when that fails, names every field that fails, not just
 * the first one Jackson stops at (the seed reported one mistake per round trip): each property is
 * bound on its own, then the record is built from the rest so its own validation speaks as well.
 */
public final class JsonBody {

    private JsonBody() {
    }

    /**
     * A body bound as far as it goes: {@code value} with every field that failed to bind left out (a
     * primitive at its zero), and what failed. A route whose checks run after binding (building its
     * command from the body) adds its own refusals to {@code errors}, so one answer names them all;
     * it must not act on {@code value} while {@code errors} is not empty.
     */
    public record Partial<T>(T value, List<FieldError> errors) {
        public Partial {
            errors = List.copyOf(errors);
        }
    }

    /** @throws DomainException {@code VALIDATION_FAILED} naming every failing field */
    public static <T> T bind(byte[] body, Class<T> type) {
        Partial<T> bound = bindPartly(body, type);
        if (!bound.errors().isEmpty()) {
            throw Validation.invalid(bound.errors());
        }
        return bound.value();
    }

    /**
     * Binds what binds; see {@link Partial}.
     *
     * @throws DomainException {@code VALIDATION_FAILED} when not even the rest of the body binds (not
     *         JSON, not an object of this shape), naming what failed
     */
    public static <T> Partial<T> bindPartly(byte[] body, Class<T> type) {
        ObjectMapper mapper = Json.mapper();
        JsonNode tree;
        try {
            tree = mapper.readTree(body);
        } catch (JacksonException e) {
            throw JsonInputErrors.toRefusal(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            throw Validation.invalid(JsonInputErrors.BODY, "is required");
        }
        JavaType javaType = mapper.constructType(type);
        try {
            return new Partial<>(mapper.treeToValue(tree, javaType), List.of());
        } catch (JacksonException first) {
            List<FieldError> errors = new ArrayList<>();
            Object rest = collect(mapper, tree, javaType, "", errors);
            if (errors.isEmpty()) {
                throw JsonInputErrors.toRefusal(first);
            }
            if (rest == null) {
                throw Validation.invalid(errors);
            }
            return new Partial<>(type.cast(rest), errors);
        }
    }

    /** Gathers what fails into {@code errors}; answers the value bound from the rest, or null when there is none. */
    private static Object collect(ObjectMapper mapper, JsonNode node, JavaType type, String prefix, List<FieldError> errors) {
        List<BeanPropertyDefinition> properties = node.isObject() && isRecordOrBean(type)
                ? propertiesOf(mapper, type) : List.of();
        if (properties.isEmpty()) {
            bindWhole(mapper, node, type, prefix, errors);
            return null;
        }
        ObjectNode rest = ((ObjectNode) node).deepCopy();
        Set<String> failed = new LinkedHashSet<>();
        for (BeanPropertyDefinition property : properties) {
            JsonNode value = node.get(property.getName());
            if (value == null) {
                continue;
            }
            int before = errors.size();
            collect(mapper, value, property.getPrimaryType(), JsonInputErrors.join(prefix, property.getName()), errors);
            if (errors.size() > before) {
                failed.add(property.getName());
                withoutValue(rest, property);
            }
        }
        // What the record itself refuses about the fields that did bind (required, lengths, ranges).
        for (int round = 0; round <= properties.size(); round++) {
            try {
                return mapper.treeToValue(rest, type);
            } catch (JacksonException e) {
                Optional<DomainException> refusal = JsonInputErrors.domainCause(e);
                if (refusal.isPresent()) {
                    refusal.get().fieldErrors().stream()
                            .map(error -> new FieldError(JsonInputErrors.join(prefix, error.field()), error.message()))
                            .filter(error -> errors.stream().noneMatch(known -> known.field().equals(error.field())))
                            .forEach(errors::add);
                    return null;
                }
                FieldError error = JsonInputErrors.fieldError(e, prefix);
                String name = topLevelName(error.field(), prefix);
                if (!failed.add(name)) {
                    return null;
                }
                errors.add(error);
                rest.remove(name);
            }
        }
        return null;
    }

    /**
     * Leaves a failed field out of the second pass; a primitive gets its zero instead, so the record
     * can still be built and its own validation of the other fields heard.
     */
    private static void withoutValue(ObjectNode rest, BeanPropertyDefinition property) {
        Class<?> raw = property.getPrimaryType().getRawClass();
        if (raw == boolean.class) {
            rest.put(property.getName(), false);
        } else if (raw.isPrimitive() && raw != char.class) {
            rest.put(property.getName(), 0);
        } else {
            rest.remove(property.getName());
        }
    }

    private static void bindWhole(ObjectMapper mapper, JsonNode node, JavaType type, String prefix,
                                  List<FieldError> errors) {
        try {
            mapper.treeToValue(node, type);
        } catch (JacksonException e) {
            Optional<DomainException> refusal = JsonInputErrors.domainCause(e);
            if (refusal.isPresent()) {
                refusal.get().fieldErrors().forEach(error ->
                        errors.add(new FieldError(JsonInputErrors.join(prefix, error.field()), error.message())));
            } else {
                errors.add(JsonInputErrors.fieldError(e, prefix));
            }
        }
    }

    private static boolean isRecordOrBean(JavaType type) {
        return !type.isContainerType() && !type.isPrimitive() && !type.isEnumType()
                && !type.getRawClass().getName().startsWith("java.")
                && !JsonNode.class.isAssignableFrom(type.getRawClass());
    }

    private static List<BeanPropertyDefinition> propertiesOf(ObjectMapper mapper, JavaType type) {
        BeanDescription description = mapper.getDeserializationConfig().introspect(type);
        return description.findProperties();
    }

    /** {@code amount} for {@code amount}, {@code items} for {@code items[2].name}, below the given prefix. */
    private static String topLevelName(String field, String prefix) {
        String relative = prefix.isEmpty() ? field
                : field.startsWith(prefix) ? field.substring(prefix.length()).replaceFirst("^\\.", "") : field;
        int end = relative.length();
        for (int i = 0; i < relative.length(); i++) {
            if (relative.charAt(i) == '.' || relative.charAt(i) == '[') {
                end = i;
                break;
            }
        }
        return relative.substring(0, end);
    }
}
