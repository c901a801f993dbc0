package in.mrmentor.http;

import in.mrmentor.http.json.JsonBody;
import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.FieldError;
import in.mrmentor.shared.InstantBounds;
import in.mrmentor.shared.PlainText;
import in.mrmentor.shared.Validation;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads what the client sent, so every route refuses bad input the same way:
 * 400 {@code VALIDATION_FAILED} naming the field, or 413 for an oversized body. Query parameters
 * (list limits and cursors, enum filters, timestamps) are parsed here too, once for every route group.
 */
public final class Input {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    static final String MAX_BODY_BYTES = "mas.maxBodyBytes";
    private static final String BODY = "mas.body";

    private Input() {
    }

    /** The JSON body bound to {@code type}; a missing body is a refusal of the field {@code body}. */
    public static <T> T json(Context ctx, Class<T> type) {
        byte[] body = bodyBytes(ctx);
        if (body.length == 0) {
            throw Validation.invalid("body", "is required");
        }
        return JsonBody.bind(body, type);
    }

    /**
     * The body bound as far as it goes, for a route that builds its command after binding: start a
     * {@link Fields} from its errors and build the command through it, so a wrong type in one field and
     * a rule broken in another are refused together.
     */
    public static <T> JsonBody.Partial<T> jsonPartly(Context ctx, Class<T> type) {
        byte[] body = bodyBytes(ctx);
        if (body.length == 0) {
            throw Validation.invalid("body", "is required");
        }
        return JsonBody.bindPartly(body, type);
    }

    /** A yes/no query parameter: {@code true} or {@code false} (any case); absent or empty is false. */
    public static boolean flagQuery(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return false;
        }
        return switch (raw.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw Validation.invalid(name, "must be true or false");
        };
    }

    /**
     * The body turned into the route's command, refused as one: a wrong type in one field and a rule the
     * command checks in another (a bad e-mail, a missing field) are named together, as API.md "Input"
     * asks. {@code toCommand} must only build (a self-validating command), never act: it also runs on a
     * body that bound in part, its failed fields left null, and its refusals join the binding's.
     */
    public static <T, C> C json(Context ctx, Class<T> type, Function<? super T, ? extends C> toCommand) {
        var bound = jsonPartly(ctx, type);
        return new Fields(bound.errors()).build(() -> {
            try {
                return toCommand.apply(bound.value());
            } catch (DomainException e) {
                if (bound.errors().isEmpty() || Validation.CODE.equals(e.code())) {
                    throw e;
                }
                throw Validation.invalid(bound.errors());
            } catch (RuntimeException e) {
                // A command that cannot even be built from the fields that bound: the binding's refusals stand.
                if (bound.errors().isEmpty()) {
                    throw e;
                }
                throw Validation.invalid(bound.errors());
            }
        });
    }

    /** For bodies whose every field is optional: the body may be left out entirely. */
    public static <T> T optionalJson(Context ctx, Class<T> type, T whenAbsent) {
        return bodyBytes(ctx).length == 0 ? whenAbsent : json(ctx, type);
    }

    /** A path parameter that must be a UUID, refused as that field otherwise. */
    public static UUID uuidPath(Context ctx, String name) {
        return canonicalUuid(ctx.pathParam(name)).orElseThrow(() -> Validation.invalid(name, "must be a UUID"));
    }

    /** UUID.fromString accepts short forms like "1-2-3-4-5"; only the canonical spelling is an id here. */
    private static Optional<UUID> canonicalUuid(String raw) {
        try {
            UUID id = UUID.fromString(raw);
            return id.toString().equalsIgnoreCase(raw) ? Optional.of(id) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The body as a stream, for uploads too large to hold in memory; reading past the route's limit
     * fails with 413 even when the client sent no (or a false) Content-Length.
     */
    public static InputStream bodyStream(Context ctx) {
        Long limit = ctx.attribute(MAX_BODY_BYTES);
        long max = limit == null ? HttpSettings.DEFAULT_MAX_REQUEST_BYTES : limit;
        try {
            return new LimitedInputStream(ctx.bodyInputStream(), max);
        } catch (RuntimeException e) {
            throw new UncheckedIOException(new IOException("the request body cannot be read", e));
        }
    }

    /**
     * The raw body, read no further than the configured limit (a lying or absent Content-Length included).
     * Kept on the request once read, so a wrapper (idempotency) and the handler can both see it.
     */
    public static byte[] bodyBytes(Context ctx) {
        byte[] cached = ctx.attribute(BODY);
        if (cached != null) {
            return cached;
        }
        Long limit = ctx.attribute(MAX_BODY_BYTES);
        long max = limit == null ? HttpSettings.DEFAULT_MAX_REQUEST_BYTES : limit;
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) {
                throw new ContentTooLargeResponse();
            }
            ctx.attribute(BODY, bytes);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The list convention of API.md: {@code ?limit=} defaults to 50 and may not exceed 200. */
    public static int limit(Context ctx) {
        String raw = ctx.queryParam("limit");
        if (raw == null || raw.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(raw.trim());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException ignored) {
            // answered below like any other out-of-range value
        }
        throw Validation.invalid("limit", "must be a whole number from 1 to " + MAX_LIMIT);
    }

    /** The opaque {@code ?cursor=} of API.md "Lists", as sent; the use case that issued it decides if it is one. */
    public static String cursor(Context ctx) {
        return ctx.queryParam("cursor");
    }

    /** An optional enum filter such as {@code ?status=} or {@code ?role=}: any case, null when absent or blank. */
    public static <E extends Enum<E>> E enumQuery(Context ctx, String name, Class<E> type) {
        return enumValue(ctx.queryParam(name), name, type);
    }

    /** An enum named by a body field that must be present. */
    public static <E extends Enum<E>> E requiredEnum(String raw, String field, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            throw Validation.invalid(field, "is required");
        }
        return enumValue(raw, field, type);
    }

    /**
     * An enum named by a body field, or null when it is missing or names no constant: for commands that
     * refuse a null themselves, so one answer names it beside their other failing fields.
     */
    public static <E extends Enum<E>> E enumOrNull(String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E enumValue(String raw, String field, Class<E> type) {
        E value = enumOrNull(raw, type);
        if (value == null && raw != null && !raw.isBlank()) {
            throw Validation.invalid(field, oneOf(type));
        }
        return value;
    }

    /** What an unknown enum value is told: the constants it may be. */
    static String oneOf(Class<? extends Enum<?>> type) {
        return "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** An optional id query parameter such as {@code ?mentorId=}; null when absent or blank; only the canonical spelling. */
    public static UUID uuidQuery(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return canonicalUuid(raw.strip()).orElseThrow(() -> Validation.invalid(name, "must be a UUID"));
    }

    /** An optional day query parameter such as {@code ?from=2026-12-01}; null when absent or blank. */
    public static LocalDate dateQuery(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw Validation.invalid(name, "must be a date YYYY-MM-DD that exists");
        }
    }

    /**
     * API.md "Input": every declared query parameter of a typed kind (limit, enum, id, instant, date,
     * flag) is checked before the handler runs, so one answer names every failing one; the handler's
     * own reading of them then cannot fail.
     */
    static void requireDeclaredQueries(Context ctx, Route route) {
        List<FieldError> errors = new ArrayList<>();
        for (Route.QueryParam query : route.query()) {
            try {
                Class<?> type = query.type();
                if (query.name().equals("limit")) {
                    limit(ctx);
                } else if (type.isEnum()) {
                    anyEnumQuery(ctx, query.name(), type);
                } else if (type == UUID.class) {
                    uuidQuery(ctx, query.name());
                } else if (type == Instant.class) {
                    instantQuery(ctx, query.name());
                } else if (type == LocalDate.class) {
                    dateQuery(ctx, query.name());
                } else if (type == Boolean.class) {
                    flagQuery(ctx, query.name());
                }
            } catch (DomainException e) {
                errors.addAll(e.fieldErrors());
            }
        }
        if (!errors.isEmpty()) {
            throw Validation.invalid(errors);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void anyEnumQuery(Context ctx, String name, Class<?> type) {
        enumQuery(ctx, name, (Class) type);
    }

    /** An optional timestamp query parameter such as {@code ?from=}; null when absent or blank. */
    public static Instant instantQuery(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        Instant instant;
        try {
            instant = Instant.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw Validation.invalid(name, "must be an ISO-8601 UTC timestamp such as 2026-11-23T10:00:00Z");
        }
        return InstantBounds.require(name, instant);
    }

    /**
     * API.md "Input" for what every route receives besides its body: no path or query parameter
     * carries a control character (every failing one named in one answer).
     */
    static void requirePlainParameters(Context ctx) {
        List<FieldError> errors = new ArrayList<>();
        ctx.pathParamMap().forEach((name, value) -> {
            if (!PlainText.isPlain(value)) {
                errors.add(new FieldError(name, PlainText.MESSAGE));
            }
        });
        for (Map.Entry<String, List<String>> parameter : ctx.queryParamMap().entrySet()) {
            String name = PlainText.isPlain(parameter.getKey()) ? parameter.getKey() : "query";
            if (!name.equals(parameter.getKey()) || !parameter.getValue().stream().allMatch(PlainText::isPlain)) {
                errors.add(new FieldError(name, PlainText.MESSAGE));
            }
        }
        if (!errors.isEmpty()) {
            throw Validation.invalid(errors);
        }
    }

    /**
     * A route that declares a JSON body (not a form) takes a non-empty one as {@code application/json} only (in UTF-8,
     * the only charset JSON has), so a form or text body is never guessed at; an empty body needs no type.
     */
    static void requireJsonContentType(Context ctx, Route route) {
        if (!route.takesJsonBody() || !hasBody(ctx) || isJson(ctx.header("Content-Type"))) {
            return;
        }
        throw new HttpResponseException(415, "This route takes application/json.");
    }

    private static boolean hasBody(Context ctx) {
        String length = ctx.header("Content-Length");
        if (length != null) {
            try {
                return Long.parseLong(length.trim()) > 0;
            } catch (NumberFormatException e) {
                return true;
            }
        }
        return ctx.header("Transfer-Encoding") != null;
    }

    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String[] parts = contentType.split(";");
        if (!parts[0].trim().equalsIgnoreCase("application/json")) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            String value = parameter.length == 2 ? parameter[1].trim().replace("\"", "") : "";
            if (!parameter[0].trim().equalsIgnoreCase("charset") || !value.equalsIgnoreCase("utf-8")) {
                return false;
            }
        }
        return true;
    }
}
