package in.mrmentor.http;

import in.mrmentor.http.auth.Authenticator;
import in.mrmentor.identity.Principal;
import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.ErrorKind;
import io.javalin.http.Context;

import org.slf4j.MDC;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Enforces each route's declared {@link Access} before its handler runs: no usable token is 401,
 * a token whose role is not allowed is 403. The one exception is the metrics scraper, which may
 * present the configured metrics token instead of a user's token.
 */
final class AccessGuard {
    private static final String BEARER = "Bearer ";

    private final Authenticator authenticator;
    private final byte[] metricsToken;

    AccessGuard(Authenticator authenticator, String metricsToken) {
        this.authenticator = authenticator;
        this.metricsToken = metricsToken == null ? null : metricsToken.getBytes(StandardCharsets.UTF_8);
    }

    void check(Context ctx, Route route) {
        if (route.access().isPublic()) {
            if (route.access() instanceof Access.AnyoneRecognisingUsers) {
                recogniseIfSignedIn(ctx);
            }
            return;
        }
        Optional<String> token = bearerToken(ctx);
        if (token.isPresent() && OperationsRoutes.METRICS.equals(route.path()) && isMetricsToken(token.get())) {
            return;
        }
        // A failure to decide (the database out of reach) propagates: it becomes 503, or 500 for a bug,
        // never a 401 that would make a client sign out a user whose token may be valid.
        Principal principal = token.flatMap(authenticator::authenticate).orElseThrow(() -> new DomainException(
                ErrorKind.UNAUTHENTICATED, "UNAUTHENTICATED", "A valid access token is required."));
        // Known before the role check, so the access line of a 403 names who was refused (by id, never
        // by e-mail or name); no handler runs after a refusal, so nothing else reads it.
        ctx.attribute(Caller.PRINCIPAL, principal);
        MDC.put(RequestIds.MDC_USER, principal.userId().toString());
        if (!route.access().allows(principal.role())) {
            throw DomainException.forbidden("FORBIDDEN", "Your role may not use this route.");
        }
    }

    /** A public route that serves owners more: a valid token names the caller, anything else is anonymous. */
    private void recogniseIfSignedIn(Context ctx) {
        try {
            bearerToken(ctx).flatMap(authenticator::authenticate)
                    .ifPresent(principal -> ctx.attribute(Caller.PRINCIPAL, principal));
        } catch (RuntimeException e) {
            // Not knowing the caller only ever shows less: the public view.
        }
    }

    private boolean isMetricsToken(String token) {
        return metricsToken != null
                && MessageDigest.isEqual(metricsToken, token.getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<String> bearerToken(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || header.length() <= BEARER.length()
                || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        String token = header.substring(BEARER.length()).trim();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }
}
