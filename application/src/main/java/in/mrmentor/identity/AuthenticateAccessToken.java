package in.mrmentor.identity;

import in.mrmentor.identity.port.AccessTokens;
import in.mrmentor.identity.port.Users;

/**
 * Turns a bearer token into the caller. The signature and expiry are the token adapter's business;
 * here the user must still exist, be active and not have changed their password since the token was
 * issued (seed 003: {@code passwordChangedAt} invalidates old tokens). The role is read from the user,
 * not the token, so a demotion takes effect at once.
 */
public final class AuthenticateAccessToken {
    private final AccessTokens accessTokens;
    private final Users users;

    public AuthenticateAccessToken(AccessTokens accessTokens, Users users) {
        this.accessTokens = accessTokens;
        this.users = users;
    }

    /** @throws in.mrmentor.shared.DomainException {@code UNAUTHENTICATED} for anything but a good token of a live user */
    public Principal authenticate(String bearerToken) {
        if (bearerToken == null || bearerToken.isBlank()) {
            throw IdentityErrors.unauthenticated();
        }
        var claims = accessTokens.verify(bearerToken).orElseThrow(IdentityErrors::unauthenticated);
        var user = users.findById(claims.userId())
                .filter(u -> claims.issuedAt() != null && u.acceptsTokenIssuedAt(claims.issuedAt()))
                .orElseThrow(IdentityErrors::unauthenticated);
        return new Principal(user.id(), user.role());
    }
}
