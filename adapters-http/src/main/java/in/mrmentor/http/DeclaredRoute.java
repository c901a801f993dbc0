package in.mrmentor.http;

import io.javalin.security.RouteRole;

/**
 * Carries a {@link Route} declaration into Javalin as the endpoint's route role, so the before-handler
 * sees exactly what was declared for the endpoint that matched (no second lookup table to drift).
 *
 * @param preflight true for the OPTIONS endpoint the server adds next to each declared path
 */
record DeclaredRoute(Route route, String tag, boolean preflight) implements RouteRole {
}
