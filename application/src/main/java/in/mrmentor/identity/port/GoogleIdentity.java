package in.mrmentor.identity.port;

import in.mrmentor.identity.IdentityErrors;

import java.util.Objects;
import java.util.Optional;

/**
 * Google as an OpenID Connect provider: verifies ID tokens (signature against Google's JWKS, issuer,
 * audience = our client id, expiry) and trades an authorization code for one. What the verified
 * identity may do here (linking by verified e-mail, who may not sign in this way) is the use case's call.
 */
public interface GoogleIdentity {

    /** What a verified ID token says about its holder. */
    record GoogleAccount(String subject, String email, boolean emailVerified, String name) {
        public GoogleAccount {
            Objects.requireNonNull(subject, "subject");
        }

        @Override
        public String toString() {
            return "GoogleAccount[subject=" + subject + ", email=" + email + ", emailVerified=" + emailVerified + "]";
        }
    }

    /** False when {@code GOOGLE_CLIENT_ID} is unset: Google sign-in answers 503 then. */
    boolean isConfigured();

    /** {@code GOOGLE_REDIRECT_URI}: the only redirect URI an authorization code may be presented with. */
    Optional<String> redirectUri();

    /**
     * The holder of a valid ID token issued by Google for this client; empty for anything else
     * (malformed, unsigned, signed by another key or algorithm, another audience or issuer, expired).
     *
     * @throws in.mrmentor.shared.DomainException {@code IDENTITY_PROVIDER_UNAVAILABLE} when the keys cannot be fetched
     */
    Optional<GoogleAccount> verify(String idToken);

    /**
     * The ID token Google issues for an authorization code; empty when Google refuses the code.
     *
     * @throws in.mrmentor.shared.DomainException {@code INTEGRATION_NOT_CONFIGURED} without a client secret,
     *         {@code IDENTITY_PROVIDER_UNAVAILABLE} when Google cannot be reached or fails
     */
    Optional<String> exchange(String code, String redirectUri, String codeVerifier);

    /** What runs without {@code GOOGLE_CLIENT_ID}. */
    GoogleIdentity NOT_CONFIGURED = new GoogleIdentity() {
        @Override
        public boolean isConfigured() {
            return false;
        }

        @Override
        public Optional<String> redirectUri() {
            return Optional.empty();
        }

        @Override
        public Optional<GoogleAccount> verify(String idToken) {
            throw IdentityErrors.googleNotConfigured();
        }

        @Override
        public Optional<String> exchange(String code, String redirectUri, String codeVerifier) {
            throw IdentityErrors.googleNotConfigured();
        }
    };
}
