package in.mrmentor.http;

import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.ErrorKind;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * {@code GET /docs}: Swagger UI over {@code /openapi.json}, served from the {@code org.webjars:swagger-ui} jar
 * on the classpath (no CDN, works offline). The page and its initializer are ours; the other assets are the
 * webjar's, served by name from a fixed list, so nothing else on the classpath can be read through this path.
 */
final class DocsRoutes implements RouteGroup {
    static final String PAGE = "/docs";
    static final String ASSET = "/docs/{asset}";

    private static final String OWN = "/in/mrmentor/http/docs/";
    private static final String WEBJAR_POM = "/META-INF/maven/org.webjars/swagger-ui/pom.properties";
    private static final Map<String, String> WEBJAR_ASSETS = Map.of(
            "swagger-ui.css", "text/css; charset=utf-8",
            "index.css", "text/css; charset=utf-8",
            "swagger-ui-bundle.js", "text/javascript; charset=utf-8",
            "favicon-16x16.png", "image/png",
            "favicon-32x32.png", "image/png");
    private static final String INITIALIZER = "swagger-initializer.js";

    private final String webjarRoot;

    DocsRoutes() {
        this.webjarRoot = "/META-INF/resources/webjars/swagger-ui/" + webjarVersion() + "/";
    }

    @Override
    public String tag() {
        return "Operations";
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get(PAGE, Access.anyone(), "This API as an interactive page (Swagger UI over /openapi.json)",
                        ctx -> send(ctx, OWN + "index.html", "text/html; charset=utf-8", false))
                        .returnsBytes("text/html"),
                Route.get(ASSET, Access.anyone(), "The page's scripts, styles and icons", this::asset)
                        .returnsBytes("application/octet-stream")
                        .error(ErrorKind.NOT_FOUND, "NOT_FOUND"));
    }

    private void asset(Context ctx) {
        String name = ctx.pathParam("asset");
        if (name.equals(INITIALIZER)) {
            send(ctx, OWN + INITIALIZER, "text/javascript; charset=utf-8", false);
            return;
        }
        String type = WEBJAR_ASSETS.get(name);
        if (type == null) {
            throw DomainException.notFound("NOT_FOUND", "There is nothing at this path.");
        }
        send(ctx, webjarRoot + name, type, true);
    }

    private static void send(Context ctx, String resource, String contentType, boolean cacheable) {
        InputStream content = DocsRoutes.class.getResourceAsStream(resource);
        if (content == null) {
            throw new IllegalStateException("the API page resource " + resource + " is missing from the classpath");
        }
        ctx.header("Cache-Control", cacheable ? "public, max-age=86400" : "no-cache");
        ctx.contentType(contentType).result(content);
    }

    /** The webjar's version, from its Maven metadata, so upgrading the dependency needs no code change. */
    private static String webjarVersion() {
        try (InputStream pom = DocsRoutes.class.getResourceAsStream(WEBJAR_POM)) {
            if (pom == null) {
                throw new IllegalStateException("org.webjars:swagger-ui is missing from the classpath");
            }
            Properties properties = new Properties();
            properties.load(pom);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
