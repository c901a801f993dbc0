package in.mrmentor.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * JSON Schemas (OpenAPI 3.0 dialect) of the Java types routes take and answer, as the API's Jackson mapper
 * writes them. Records and enums become {@code #/components/schemas/<SimpleName>} (qualified by their
 * enclosing class when two share a simple name), so generated clients get one named type per record.
 * <p>
 * Replies and request bodies differ: the mapper writes every component of a reply, nulls included, so in a
 * reply every component is {@code required} (present) and a scalar not annotated {@link Required} is
 * {@code nullable}; in a body a component is {@code required} only when primitive or annotated {@link Required}
 * (the use case refuses the body without it). A record used both ways gets two components ({@code ...Input}).
 * A record annotated {@code @JsonInclude(NON_NULL)} or stricter leaves its null components out instead.
 * Components named {@code email} or ending in {@code Email} are {@code format: email}; a text component
 * annotated {@link OneOf} is described as that enum.
 */
final class OpenApiSchemas {
    static final String REF_PREFIX = "#/components/schemas/";

    private final Map<String, Object> components = new TreeMap<>();
    private final Map<Key, String> names = new HashMap<>();
    private boolean describingReply;

    /** The schema of a reply body: inline for scalars and containers, a {@code $ref} for records and enums. */
    Map<String, Object> replySchema(Type type) {
        describingReply = true;
        return schemaOf(type, Map.of());
    }

    /** The schema of a request body, as {@link #replySchema} but with the request's notion of required. */
    Map<String, Object> requestSchema(Type type) {
        describingReply = false;
        return schemaOf(type, Map.of());
    }

    /** Every record and enum schema referenced so far, by component name. */
    Map<String, Object> components() {
        return components;
    }

    /** Adds a hand-written component (the problem body), under a name no record may take. */
    void define(String name, Map<String, Object> schema) {
        components.put(name, schema);
    }

    private Map<String, Object> schemaOf(Type type, Map<TypeVariable<?>, Type> bindings) {
        if (type instanceof TypeVariable<?> variable) {
            Type bound = bindings.get(variable);
            return bound == null ? anyValue() : schemaOf(bound, Map.of());
        }
        if (type instanceof WildcardType wildcard) {
            return schemaOf(wildcard.getUpperBounds()[0], bindings);
        }
        if (type instanceof GenericArrayType array) {
            return arrayOf(schemaOf(array.getGenericComponentType(), bindings));
        }
        if (type instanceof ParameterizedType parameterized) {
            return parameterized(parameterized, bindings);
        }
        Class<?> c = (Class<?>) type;
        Map<String, Object> scalar = OpenApiScalars.of(c);
        if (scalar != null) {
            return scalar;
        }
        if (c.isArray()) {
            return arrayOf(schemaOf(c.getComponentType(), bindings));
        }
        if (Collection.class.isAssignableFrom(c)) {
            return arrayOf(anyValue());
        }
        if (Map.class.isAssignableFrom(c)) {
            return Map.of("type", "object", "additionalProperties", true);
        }
        if (c.isEnum() || c.isRecord()) {
            return ref(type, c, List.of(), Map.of());
        }
        return anyValue();
    }

    private Map<String, Object> parameterized(ParameterizedType type, Map<TypeVariable<?>, Type> bindings) {
        Class<?> raw = (Class<?>) type.getRawType();
        Type[] arguments = Arrays.stream(type.getActualTypeArguments())
                .map(argument -> argument instanceof TypeVariable<?> v && bindings.containsKey(v) ? bindings.get(v) : argument)
                .toArray(Type[]::new);
        if (Collection.class.isAssignableFrom(raw)) {
            return arrayOf(schemaOf(arguments[0], bindings));
        }
        if (Map.class.isAssignableFrom(raw)) {
            return Map.of("type", "object", "additionalProperties", schemaOf(arguments[1], bindings));
        }
        if (raw == Optional.class) {
            return schemaOf(arguments[0], bindings);
        }
        if (raw.isRecord()) {
            Map<TypeVariable<?>, Type> bound = new HashMap<>();
            TypeVariable<?>[] variables = raw.getTypeParameters();
            for (int i = 0; i < variables.length; i++) {
                bound.put(variables[i], arguments[i]);
            }
            return ref(new Bound(raw, List.of(arguments)), raw, List.of(arguments), bound);
        }
        return schemaOf(raw, bindings);
    }

    private Map<String, Object> ref(Type type, Class<?> c, List<Type> arguments, Map<TypeVariable<?>, Type> bindings) {
        boolean reply = describingReply || c.isEnum();
        Key key = new Key(type, reply);
        String name = names.get(key);
        if (name == null) {
            boolean usedTheOtherWay = names.containsKey(new Key(type, !reply));
            name = uniqueName(c, arguments, usedTheOtherWay ? (reply ? "Reply" : "Input") : "");
            names.put(key, name);
            components.put(name, Map.of()); // reserves the name while a recursive record is described
            components.put(name, c.isEnum() ? enumSchema(c) : recordSchema(c, bindings));
        }
        return Map.of("$ref", REF_PREFIX + name);
    }

    private String uniqueName(Class<?> c, List<Type> arguments, String suffix) {
        // An enum nested in a type is a facet of it (OutboxEntry.Status): its bare name would say too little.
        boolean facet = c.isEnum() && c.getEnclosingClass() != null;
        StringBuilder base = new StringBuilder(facet ? c.getEnclosingClass().getSimpleName() + c.getSimpleName()
                : c.getSimpleName());
        for (Type argument : arguments) {
            base.append("Of").append(argument instanceof Class<?> a ? a.getSimpleName() : "Item");
        }
        base.append(suffix);
        String name = base.toString();
        if (!components.containsKey(name)) {
            return name;
        }
        String qualified = c.getEnclosingClass() == null ? name : c.getEnclosingClass().getSimpleName() + name;
        if (!components.containsKey(qualified)) {
            return qualified;
        }
        String full = c.getName().replaceAll("[^A-Za-z0-9]", "_") + "_" + name;
        int counter = 2;
        String candidate = full;
        while (components.containsKey(candidate)) {
            candidate = full + counter++;
        }
        return candidate;
    }

    private static Map<String, Object> enumSchema(Class<?> c) {
        return Map.of("type", "string", "enum", Arrays.stream(c.getEnumConstants()).map(String::valueOf).toList());
    }

    private Map<String, Object> recordSchema(Class<?> c, Map<TypeVariable<?>, Type> bindings) {
        JsonInclude include = c.getAnnotation(JsonInclude.class);
        boolean nullsOmitted = include != null && include.value() != JsonInclude.Include.ALWAYS;
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (RecordComponent component : c.getRecordComponents()) {
            String name = jsonName(component);
            OneOf oneOf = component.getAnnotation(OneOf.class);
            Type documented = oneOf != null ? oneOf.value() : component.getGenericType();
            Map<String, Object> schema = new LinkedHashMap<>(schemaOf(documented, bindings));
            boolean primitive = component.getType().isPrimitive();
            boolean declaredRequired = component.isAnnotationPresent(Required.class)
                    || component.getAccessor().isAnnotationPresent(Required.class);
            boolean present = primitive || declaredRequired || (describingReply && !nullsOmitted);
            if (present) {
                required.add(name);
            }
            // Lists and maps are never null in the records here; a null one would be a bug, not a state to type.
            boolean container = "array".equals(schema.get("type")) || "object".equals(schema.get("type"));
            if (!primitive && !declaredRequired && !nullsOmitted && !schema.containsKey("$ref") && !container) {
                schema.put("nullable", true);
            }
            if ("string".equals(schema.get("type")) && !schema.containsKey("format") && isEmailName(name)) {
                schema.put("format", "email");
            }
            properties.put(name, schema);
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        schema.put("properties", properties);
        return schema;
    }

    private static boolean isEmailName(String name) {
        return name.equals("email") || name.endsWith("Email");
    }

    private static String jsonName(RecordComponent component) {
        JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
        if (renamed == null) {
            renamed = component.getAnnotation(JsonProperty.class);
        }
        return renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
    }

    private static Map<String, Object> arrayOf(Map<String, Object> items) {
        return Map.of("type", "array", "items", items);
    }

    private static Map<String, Object> anyValue() {
        return Map.of();
    }

    /** A type described as a reply or as a request body, as a key of the component table. */
    private record Key(Type type, boolean reply) {
    }

    /** A record applied to type arguments, as a key of the component table. */
    private record Bound(Class<?> raw, List<Type> arguments) implements Type {
    }
}
