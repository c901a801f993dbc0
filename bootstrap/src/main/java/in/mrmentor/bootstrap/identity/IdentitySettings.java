package in.mrmentor.bootstrap.identity;

import in.mrmentor.bootstrap.settings.Secret;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** Sessions, the login throttle, the emergency master login and the bootstrap SUPERADMIN. */
public record IdentitySettings(
        Duration accessTokenLifetime,
        Duration refreshTokenLifetime,
        int loginMaxAttempts,
        Duration loginWindow,
        Optional<String> adminEmail,
        Optional<Secret> adminPassword,
        Optional<Secret> masterPassword,
        Optional<Secret> masterTotpSecret) {

    public IdentitySettings {
        Objects.requireNonNull(accessTokenLifetime, "accessTokenLifetime");
        Objects.requireNonNull(refreshTokenLifetime, "refreshTokenLifetime");
        Objects.requireNonNull(loginWindow, "loginWindow");
        Objects.requireNonNull(adminEmail, "adminEmail");
        Objects.requireNonNull(adminPassword, "adminPassword");
        Objects.requireNonNull(masterPassword, "masterPassword");
        Objects.requireNonNull(masterTotpSecret, "masterTotpSecret");
    }
}
