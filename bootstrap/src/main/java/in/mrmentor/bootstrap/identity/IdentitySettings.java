package in.mrmentor.bootstrap.identity;

import in.mrmentor.bootstrap.settings.Secret;
import in.mrmentor.external.google.GoogleSettings;
import in.mrmentor.http.Cidr;
import in.mrmentor.identity.LoginThrottle;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Sessions, the login throttle, the per-address limit of the sign-in routes (and the proxies whose
 * {@code X-Forwarded-For} names the client), the emergency master login and the bootstrap SUPERADMIN;
 * Google sign-in (empty without {@code GOOGLE_CLIENT_ID}) and the limits of the forgotten-password routes.
 */
public record IdentitySettings(
        Duration accessTokenLifetime,
        Duration refreshTokenLifetime,
        int loginMaxAttempts,
        Duration loginWindow,
        Optional<String> adminEmail,
        Optional<Secret> adminPassword,
        Optional<Secret> masterPassword,
        Optional<Secret> masterTotpSecret,
        int authIpMaxPerMinute,
        List<Cidr> trustedProxies,
        Optional<GoogleSettings> google,
        LoginThrottle forgotPasswordLimit,
        LoginThrottle resetPasswordThrottle) {

    public IdentitySettings {
        Objects.requireNonNull(accessTokenLifetime, "accessTokenLifetime");
        Objects.requireNonNull(refreshTokenLifetime, "refreshTokenLifetime");
        Objects.requireNonNull(loginWindow, "loginWindow");
        Objects.requireNonNull(adminEmail, "adminEmail");
        Objects.requireNonNull(adminPassword, "adminPassword");
        Objects.requireNonNull(masterPassword, "masterPassword");
        Objects.requireNonNull(masterTotpSecret, "masterTotpSecret");
        trustedProxies = List.copyOf(trustedProxies);
        Objects.requireNonNull(google, "google");
        Objects.requireNonNull(forgotPasswordLimit, "forgotPasswordLimit");
        Objects.requireNonNull(resetPasswordThrottle, "resetPasswordThrottle");
    }
}
