package in.mrmentor.identity;

import in.mrmentor.identity.port.AccessTokens;
import in.mrmentor.identity.port.Users;

/**
 * Turns a bearer token into the caller. The signature and expiry are the token adapter's business;
 * here the user must still exist, be active and hold the credential version the token was issued
 * under, so a password change, deactivation or role change ends the token whatever the timing (seed 003
 * wanted this of {@code passwordChangedAt}). The role is read from the user, not the token.
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
        var role = users.roleAcceptingToken(claims.userId(), claims.credentialVersion())
                .orElseThrow(IdentityErrors::unauthenticated);
        return new Principal(claims.userId(), role);
    }
}
