package in.mrmentor.http;

import com.fasterxml.jackson.core.JacksonException;
import in.mrmentor.http.json.Json;
import in.mrmentor.http.json.JsonInputErrors;
import in.mrmentor.shared.Validation;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
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
        try {
            T value = Json.mapper().readValue(body, type);
            if (value == null) {
                throw Validation.invalid("body", "is required");
            }
            return value;
        } catch (JacksonException e) {
            throw JsonInputErrors.toRefusal(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For bodies whose every field is optional: the body may be left out entirely. */
    public static <T> T optionalJson(Context ctx, Class<T> type, T whenAbsent) {
        return bodyBytes(ctx).length == 0 ? whenAbsent : json(ctx, type);
    }

    /** A path parameter that must be a UUID, refused as that field otherwise. */
    public static UUID uuidPath(Context ctx, String name) {
        String raw = ctx.pathParam(name);
        try {
            UUID id = UUID.fromString(raw);
            // UUID.fromString accepts short forms like "1-2-3-4-5"; only the canonical spelling is an id here.
            if (id.toString().equalsIgnoreCase(raw)) {
                return id;
            }
        } catch (IllegalArgumentException ignored) {
            // falls through to the refusal below
        }
        throw Validation.invalid(name, "must be a UUID");
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

    private static <E extends Enum<E>> E enumValue(String raw, String field, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Validation.invalid(field, "must be one of " + Arrays.stream(type.getEnumConstants())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    /** An optional timestamp query parameter such as {@code ?from=}; null when absent or blank. */
    public static Instant instantQuery(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw Validation.invalid(name, "must be an ISO-8601 UTC timestamp such as 2026-11-23T10:00:00Z");
        }
    }
}
