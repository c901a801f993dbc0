package in.mrmentor.http;

import java.util.List;

/** The routes of one feature (one bounded context's HTTP face), with the tag they share in the OpenAPI document. */
public interface RouteGroup {

    List<Route> routes();

    /** The OpenAPI tag: by default the class name without its {@code Routes} suffix. */
    default String tag() {
        String name = getClass().getSimpleName();
        return name.endsWith("Routes") && name.length() > "Routes".length()
                ? name.substring(0, name.length() - "Routes".length()) : name;
    }
}
