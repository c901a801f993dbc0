package in.mrmentor.external.google;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Google sign-in as configured: the OAuth client, the redirect URI the frontend receives the callback
 * at, and Google's endpoints (overridable so tests run against a stub). {@code toString()} never shows the secret.
 *
 * @param clientSecret needed only for the authorization-code flow
 * @param redirectUri  needed only for the authorization-code flow; a code must come with exactly this URI
 * @param issuers      the accepted {@code iss} values; Google uses both spellings
 */
public record GoogleSettings(String clientId, Optional<String> clientSecret, Optional<String> redirectUri,
                             URI tokenUri, URI jwksUri, Set<String> issuers) {
    public static final URI DEFAULT_TOKEN_URI = URI.create("https://oauth2.googleapis.com/token");
    public static final URI DEFAULT_JWKS_URI = URI.create("https://www.googleapis.com/oauth2/v3/certs");
    public static final Set<String> GOOGLE_ISSUERS = Set.of("accounts.google.com", "https://accounts.google.com");

    public GoogleSettings {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(redirectUri, "redirectUri");
        Objects.requireNonNull(tokenUri, "tokenUri");
        Objects.requireNonNull(jwksUri, "jwksUri");
        issuers = Set.copyOf(issuers);
        if (issuers.isEmpty()) {
            throw new IllegalArgumentException("at least one issuer must be accepted");
        }
    }

    /** Google's own endpoints and issuers. */
    public static GoogleSettings of(String clientId, Optional<String> clientSecret, Optional<String> redirectUri) {
        return new GoogleSettings(clientId, clientSecret, redirectUri, DEFAULT_TOKEN_URI, DEFAULT_JWKS_URI, GOOGLE_ISSUERS);
    }

    @Override
    public String toString() {
        return "GoogleSettings[clientId=" + clientId + ", clientSecret=" + (clientSecret.isPresent() ? "********" : "unset")
                + ", redirectUri=" + redirectUri.orElse("unset") + ", tokenUri=" + tokenUri + ", jwksUri=" + jwksUri + "]";
    }
}
