package in.mrmentor.http;

import in.mrmentor.shared.ErrorKind;
import io.javalin.http.Handler;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One endpoint, declared once: the server registers it, enforces its {@link Access} and documents it
 * in {@code /openapi.json} from this record alone, so the three can never disagree.
 *
 * @param path         Javalin path with {@code {param}} segments, e.g. {@code /api/admin/system-config/{id}}
 * @param requestBody  the JSON body type (a record) for the OpenAPI document; null when the route takes none
 * @param maxBodyBytes the largest body this route accepts; 0 means the server's {@code maxRequestBytes}
 * @param reply        what a success answers (status and body type); null until declared with {@code returns...}
 * @param query        the query parameters the route reads
 * @param errors       the problem codes the route may answer besides the generic ones its shape implies
 *                     (400, 401, 403, 413, 415, 422, 503: see {@code OpenApiProblems})
 * @param honoursIdempotencyKey true when the route honours {@code Idempotency-Key}
 * @param bodyOptional true when {@code requestBody} may be left out (the route then uses its defaults)
 * @param rawBodyType  the media type of a body read as bytes or a stream (webhooks, uploads); null when none
 * @param otherAnswers answers besides the success and the problems: a redirect, a status whose body is not a problem
 */
public record Route(Method method, String path, Access access, String summary, Handler handler, Class<?> requestBody,
                    long maxBodyBytes, Reply reply, List<QueryParam> query, List<ErrorCase> errors,
                    boolean honoursIdempotencyKey, boolean bodyOptional, String rawBodyType,
                    List<OtherAnswer> otherAnswers) {

    public enum Method { GET, POST, PUT, PATCH, DELETE }

    static final String MULTIPART = "multipart/form-data";

    /**
     * A success answer: its status and body. {@code body} is a record class, or a parameterized type
     * built by {@link #pageOf} / {@link #listOf}; null for a bodyless answer (204, 202 without body).
     *
     * @param mediaType the content type of the body; {@code application/json} unless a route streams bytes
     */
    public record Reply(int status, Type body, String mediaType) {
        public Reply {
            if (status < 200 || status > 299) {
                throw new IllegalArgumentException("a success reply is 2xx: " + status);
            }
            mediaType = Objects.requireNonNullElse(mediaType, "application/json");
        }
    }

    /**
     * A query parameter. {@code type} is String, Integer/Long, Boolean, UUID, Instant/LocalDate or an enum class.
     */
    public record QueryParam(String name, Class<?> type, boolean required, String description) {
        public QueryParam {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(type, "type");
            description = Objects.requireNonNullElse(description, "");
        }
    }

    /**
     * An answer that is neither the declared success nor a problem: a second success (a 202 when the work
     * waits for someone's approval), a JSON body with a 4xx/5xx status, or a redirect (null body).
     */
    public record OtherAnswer(int status, Type body, String description) {
        public OtherAnswer {
            if (status < 200 || status > 599) {
                throw new IllegalArgumentException("another answer is 2xx to 5xx: " + status);
            }
            description = Objects.requireNonNullElse(description, "");
        }
    }

    /** A problem the route may answer: its stable code and kind (the kind gives the status, as ProblemMapping does). */
    public record ErrorCase(ErrorKind kind, String code) {
        public ErrorCase {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(code, "code");
        }
    }

    private static final Pattern PATH = Pattern.compile("(/[A-Za-z0-9._\\-]+|/\\{[A-Za-z][A-Za-z0-9]*})+");

    public Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(handler, "handler");
        if (path == null || !PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("route path must be /segments with {param} placeholders: " + path);
        }
        summary = Objects.requireNonNullElse(summary, "");
        if (maxBodyBytes < 0) {
            throw new IllegalArgumentException("maxBodyBytes must not be negative");
        }
        query = List.copyOf(Objects.requireNonNullElse(query, List.of()));
        errors = List.copyOf(Objects.requireNonNullElse(errors, List.of()));
        otherAnswers = List.copyOf(Objects.requireNonNullElse(otherAnswers, List.of()));
        // Derived, so a route wrapped in Idempotent.handler cannot be documented without the header.
        honoursIdempotencyKey = honoursIdempotencyKey || handler instanceof Idempotent.KeyedHandler;
    }

    private Route(Method method, String path, Access access, String summary, Handler handler) {
        this(method, path, access, summary, handler, null, 0, null, List.of(), List.of(), false, false, null, List.of());
    }

    public static Route get(String path, Access access, String summary, Handler handler) {
        return new Route(Method.GET, path, access, summary, handler);
    }

    public static Route post(String path, Access access, String summary, Handler handler) {
        return new Route(Method.POST, path, access, summary, handler);
    }

    public static Route put(String path, Access access, String summary, Handler handler) {
        return new Route(Method.PUT, path, access, summary, handler);
    }

    public static Route patch(String path, Access access, String summary, Handler handler) {
        return new Route(Method.PATCH, path, access, summary, handler);
    }

    public static Route delete(String path, Access access, String summary, Handler handler) {
        return new Route(Method.DELETE, path, access, summary, handler);
    }

    public Route withBody(Class<?> type) {
        return new Route(method, path, access, summary, handler, Objects.requireNonNull(type), maxBodyBytes, reply,
                query, errors, honoursIdempotencyKey, false, rawBodyType, otherAnswers);
    }

    /** A JSON body the caller may leave out (the route reads it with {@code Input.optionalJson}). */
    public Route withOptionalBody(Class<?> type) {
        return new Route(method, path, access, summary, handler, Objects.requireNonNull(type), maxBodyBytes, reply,
                query, errors, honoursIdempotencyKey, true, rawBodyType, otherAnswers);
    }

    /**
     * A body the handler reads as bytes or a stream, not bound to a record (a signed webhook event, an
     * upload): documented with this media type; the JSON content-type rule does not apply to it.
     */
    public Route withRawBody(String mediaType) {
        return new Route(method, path, access, summary, handler, requestBody, maxBodyBytes, reply, query, errors,
                honoursIdempotencyKey, bodyOptional, Objects.requireNonNull(mediaType), otherAnswers);
    }

    /** True when the body is a JSON record (not a form, not raw bytes): only {@code application/json} is taken. */
    public boolean takesJsonBody() {
        return requestBody != null && rawBodyType == null;
    }

    /**
     * A {@code multipart/form-data} body whose parts the handler reads itself, documented by {@code form}'s
     * components: {@code byte[]} ones are files, {@link Required} ones required. The JSON content-type rule
     * does not apply to it.
     */
    public Route withFormBody(Class<?> form) {
        return new Route(method, path, access, summary, handler, Objects.requireNonNull(form), maxBodyBytes, reply, query,
                errors, honoursIdempotencyKey, bodyOptional, MULTIPART, otherAnswers);
    }

    /** For the few routes that take large uploads (recordings): their own limit, read as a stream. */
    public Route withMaxBodyBytes(long bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("a body limit must be positive");
        }
        return new Route(method, path, access, summary, handler, requestBody, bytes, reply, query, errors,
                honoursIdempotencyKey, bodyOptional, rawBodyType, otherAnswers);
    }

    /** Success is 200 with this JSON body (a record class, or {@link #pageOf}/{@link #listOf}). */
    public Route returns(Type body) {
        return returns(200, body);
    }

    /** Success is {@code status} with this JSON body; null body for a bodyless answer (204). */
    public Route returns(int status, Type body) {
        return withReply(new Reply(status, body, null));
    }

    /** Success is 204 No Content. */
    public Route returnsNoContent() {
        return withReply(new Reply(204, null, null));
    }

    /** Success streams bytes (or text) of {@code mediaType}, status 200: a download, a page, a scrape. */
    public Route returnsBytes(String mediaType) {
        return withReply(new Reply(200, byte[].class, mediaType));
    }

    private Route withReply(Reply declared) {
        return new Route(method, path, access, summary, handler, requestBody, maxBodyBytes, declared, query, errors,
                honoursIdempotencyKey, bodyOptional, rawBodyType, otherAnswers);
    }

    /** A query parameter the route reads (optional). */
    public Route query(String name, Class<?> type, String description) {
        List<QueryParam> more = new ArrayList<>(query);
        more.add(new QueryParam(name, type, false, description));
        return new Route(method, path, access, summary, handler, requestBody, maxBodyBytes, reply, more, errors,
                honoursIdempotencyKey, bodyOptional, rawBodyType, otherAnswers);
    }

    /** The keyset paging parameters of API.md "Lists": {@code limit} and {@code cursor}. */
    public Route paged() {
        return query("limit", Integer.class, "items per page, 1 to 200 (default 50)")
                .query("cursor", String.class, "the nextCursor of the previous page");
    }

    /** Besides its success, the route answers {@code status} with this JSON body (not a problem), e.g. a 503 health report. */
    public Route alsoAnswers(int status, Type body, String description) {
        return withOther(new OtherAnswer(status, Objects.requireNonNull(body), description));
    }

    /** Besides its success, the route may redirect ({@code status} 3xx with {@code Location}). */
    public Route alsoRedirects(int status, String description) {
        if (status < 300 || status > 399) {
            throw new IllegalArgumentException("a redirect is 3xx: " + status);
        }
        return withOther(new OtherAnswer(status, null, description));
    }

    private Route withOther(OtherAnswer answer) {
        List<OtherAnswer> more = new ArrayList<>(otherAnswers);
        more.add(answer);
        return new Route(method, path, access, summary, handler, requestBody, maxBodyBytes, reply, query, errors,
                honoursIdempotencyKey, bodyOptional, rawBodyType, more);
    }

    /** A problem the route may answer with this code (the kind decides the status). */
    public Route error(ErrorKind kind, String code) {
        List<ErrorCase> more = new ArrayList<>(errors);
        more.add(new ErrorCase(kind, code));
        return new Route(method, path, access, summary, handler, requestBody, maxBodyBytes, reply, query, more,
                honoursIdempotencyKey, bodyOptional, rawBodyType, otherAnswers);
    }

    /**
     * The route honours {@code Idempotency-Key} (documented as an optional header). Implied by a handler from
     * {@link Idempotent#handler}; the test of the API document refuses it on any other handler.
     */
    public Route idempotent() {
        return new Route(method, path, access, summary, handler, requestBody, maxBodyBytes, reply, query, errors, true, bodyOptional,
                rawBodyType, otherAnswers);
    }

    /** The body type of a {@link ListPage} of {@code item}, for {@link #returns(Type)}. */
    public static Type pageOf(Class<?> item) {
        return new Generic(ListPage.class, item);
    }

    /** The body type of a JSON array of {@code item}, for {@link #returns(Type)}. */
    public static Type listOf(Class<?> item) {
        return new Generic(List.class, item);
    }

    /** The body type of a JSON object whose keys are names and whose values are {@code value}s. */
    public static Type mapOf(Class<?> value) {
        return new Generic(java.util.Map.class, String.class, value);
    }

    private record Generic(Class<?> raw, Class<?>... arguments) implements java.lang.reflect.ParameterizedType {
        @Override
        public Type[] getActualTypeArguments() {
            return arguments.clone();
        }

        @Override
        public Type getRawType() {
            return raw;
        }

        @Override
        public Type getOwnerType() {
            return null;
        }
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
