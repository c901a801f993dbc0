package in.mrmentor.http;

import io.javalin.http.Handler;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One endpoint, declared once: the server registers it, enforces its {@link Access} and documents it
 * in {@code /openapi.json} from this record alone, so the three can never disagree.
 *
 * @param path        Javalin path with {@code {param}} segments, e.g. {@code /api/admin/system-config/{id}}
 * @param requestBody the JSON body type (a record) for the OpenAPI document; null when the route takes none
 */
public record Route(Method method, String path, Access access, String summary, Handler handler, Class<?> requestBody) {

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
    }

    public static Route get(String path, Access access, String summary, Handler handler) {
        return new Route(Method.GET, path, access, summary, handler, null);
    }

    public static Route post(String path, Access access, String summary, Handler handler) {
        return new Route(Method.POST, path, access, summary, handler, null);
    }

    public static Route put(String path, Access access, String summary, Handler handler) {
        return new Route(Method.PUT, path, access, summary, handler, null);
    }

    public static Route patch(String path, Access access, String summary, Handler handler) {
        return new Route(Method.PATCH, path, access, summary, handler, null);
    }

    public static Route delete(String path, Access access, String summary, Handler handler) {
        return new Route(Method.DELETE, path, access, summary, handler, null);
    }

    public Route withBody(Class<?> type) {
        return new Route(method, path, access, summary, handler, Objects.requireNonNull(type));
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
