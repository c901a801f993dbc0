package in.mrmentor.http;

import io.javalin.http.Handler;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One endpoint, declared once: the server registers it, enforces its {@link Access} and documents it
 * in {@code /openapi.json} from this record alone, so the three can never disagree.
 *
 * @param path        Javalin path with {@code {param}} segments, e.g. {@code /api/admin/system-config/{id}}
 * @param requestBody  the JSON body type (a record) for the OpenAPI document; null when the route takes none
 * @param maxBodyBytes the largest body this route accepts; 0 means the server's {@code maxRequestBytes}
 */
public record Route(Method method, String path, Access access, String summary, Handler handler, Class<?> requestBody,
                    long maxBodyBytes) {

    public enum Method { GET, POST, PUT, PATCH, DELETE }

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
    }

    public static Route get(String path, Access access, String summary, Handler handler) {
        return new Route(Method.GET, path, access, summary, handler, null, 0);
    }

    public static Route post(String path, Access access, String summary, Handler handler) {
        return new Route(Method.POST, path, access, summary, handler, null, 0);
    }

    public static Route put(String path, Access access, String summary, Handler handler) {
        return new Route(Method.PUT, path, access, summary, handler, null, 0);
    }

    public static Route patch(String path, Access access, String summary, Handler handler) {
        return new Route(Method.PATCH, path, access, summary, handler, null, 0);
    }

    public static Route delete(String path, Access access, String summary, Handler handler) {
        return new Route(Method.DELETE, path, access, summary, handler, null, 0);
    }

    public Route withBody(Class<?> type) {
        return new Route(method, path, access, summary, handler, Objects.requireNonNull(type), maxBodyBytes);
    }

    /** For the few routes that take large uploads (recordings): their own limit, read as a stream. */
    public Route withMaxBodyBytes(long bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("a body limit must be positive");
        }
        return new Route(method, path, access, summary, handler, requestBody, bytes);
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
