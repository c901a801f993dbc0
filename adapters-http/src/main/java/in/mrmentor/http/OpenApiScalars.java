package in.mrmentor.http;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;

/** The OpenAPI types and formats of the scalar Java types the API's JSON mapper reads and writes. */
final class OpenApiScalars {

    private OpenApiScalars() {
    }

    /** Scalars as the API's mapper writes them (ISO-8601 text for time), or null when {@code c} is not one. */
    static Map<String, Object> of(Class<?> c) {
        if (c == String.class || c == Character.class || c == char.class) {
            return Map.of("type", "string");
        }
        if (c == UUID.class) {
            return Map.of("type", "string", "format", "uuid");
        }
        if (c == Instant.class || c == OffsetDateTime.class || c == ZonedDateTime.class || c == LocalDateTime.class) {
            return Map.of("type", "string", "format", "date-time");
        }
        if (c == LocalDate.class) {
            return Map.of("type", "string", "format", "date");
        }
        if (c == Duration.class) {
            return Map.of("type", "string", "description", "ISO-8601 duration, e.g. PT30M");
        }
        if (c == boolean.class || c == Boolean.class) {
            return Map.of("type", "boolean");
        }
        if (c == int.class || c == Integer.class || c == short.class || c == Short.class || c == byte.class
                || c == Byte.class || c == OptionalInt.class) {
            return Map.of("type", "integer", "format", "int32");
        }
        if (c == long.class || c == Long.class || c == OptionalLong.class) {
            return Map.of("type", "integer", "format", "int64");
        }
        if (c == BigInteger.class) {
            return Map.of("type", "integer");
        }
        if (c == double.class || c == Double.class) {
            return Map.of("type", "number", "format", "double");
        }
        if (c == float.class || c == Float.class) {
            return Map.of("type", "number", "format", "float");
        }
        if (c == BigDecimal.class) {
            return Map.of("type", "number");
        }
        if (c == byte[].class) {
            return Map.of("type", "string", "format", "binary");
        }
        return null;
    }

    /** A scalar query parameter's schema, inline ({@link #of}); anything else is read as text. */
    static Map<String, Object> inline(Class<?> type) {
        Map<String, Object> scalar = of(type);
        return scalar != null ? scalar : Map.of("type", "string");
    }
}
