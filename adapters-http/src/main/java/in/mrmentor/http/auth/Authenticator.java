package in.mrmentor.http.auth;

import in.mrmentor.identity.Principal;
import in.mrmentor.identity.port.AccessTokens;

import java.util.Optional;

/**
 * Turns a bearer token into the caller. Bootstrap supplies it, so identity rules that need the
 * database (user still exists, password unchanged since the token was issued) stay out of HTTP.
 */
@FunctionalInterface
public interface Authenticator {

    /**
     * The caller for a valid token; empty for any token that is not. Must not throw for bad input;
     * when it cannot decide (its database is out of reach) it throws, so the caller hears "try again"
     * rather than "unauthenticated".
     */
    Optional<Principal> authenticate(String bearerToken);

    /** Trusts any token the signature and expiry checks accept; enough until identity adds its own checks. */
    static Authenticator trusting(AccessTokens tokens) {
        return token -> tokens.verify(token).map(claims -> new Principal(claims.userId(), claims.role()));
    }
}
