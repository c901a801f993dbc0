package in.mrmentor.bootstrap.identity;

import in.mrmentor.bootstrap.settings.EnvVar;
import in.mrmentor.bootstrap.settings.Secret;
import in.mrmentor.bootstrap.settings.SettingsProblems;
import in.mrmentor.http.Cidr;
import in.mrmentor.identity.AdmitAuthRequest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static in.mrmentor.bootstrap.settings.SettingsProblems.secret;
import static in.mrmentor.bootstrap.settings.SettingsProblems.text;

/** Reads {@link IdentitySettings}; the bootstrap admin's email and password come as a pair or not at all. */
public final class IdentitySettingsReader {

    private IdentitySettingsReader() {
    }

    public static IdentitySettings read(Map<String, String> env, SettingsProblems problems, boolean production) {
        Optional<Secret> adminPassword = secret(env, EnvVar.ADMIN_PASSWORD);
        if (production && adminPassword.filter(Secret::isKnownDefault).isPresent()) {
            problems.add(EnvVar.ADMIN_PASSWORD, "is a known default value; choose a strong password");
        }
        Optional<String> adminEmail = text(env, EnvVar.ADMIN_EMAIL);
        if (adminEmail.isPresent() != adminPassword.isPresent()) {
            problems.add(adminEmail.isPresent() ? EnvVar.ADMIN_PASSWORD : EnvVar.ADMIN_EMAIL,
                    "must be set together with " + (adminEmail.isPresent() ? "ADMIN_EMAIL" : "ADMIN_PASSWORD"));
        }
        return new IdentitySettings(
                Duration.ofMinutes(problems.integer(env, EnvVar.ACCESS_TOKEN_EXPIRE_MINUTES, 15, 1, 24 * 60)),
                Duration.ofDays(problems.integer(env, EnvVar.REFRESH_TOKEN_EXPIRE_DAYS, 7, 1, 365)),
                problems.integer(env, EnvVar.AUTH_LOGIN_MAX_ATTEMPTS, 5, 1, 1000),
                Duration.ofSeconds(problems.integer(env, EnvVar.AUTH_LOGIN_WINDOW_SECONDS, 900, 1, 86_400)),
                adminEmail,
                adminPassword,
                secret(env, EnvVar.MASTER_PASSWORD),
                secret(env, EnvVar.MASTER_TOTP_SECRET),
                problems.integer(env, EnvVar.AUTH_IP_MAX_PER_MINUTE, AdmitAuthRequest.DEFAULT_MAX_PER_MINUTE, 1, 1_000_000),
                trustedProxies(env, problems));
    }

    private static List<Cidr> trustedProxies(Map<String, String> env, SettingsProblems problems) {
        List<Cidr> blocks = new ArrayList<>();
        for (String entry : text(env, EnvVar.TRUSTED_PROXIES).orElse("").split(",")) {
            if (entry.isBlank()) {
                continue;
            }
            try {
                blocks.add(Cidr.parse(entry));
            } catch (IllegalArgumentException e) {
                problems.add(EnvVar.TRUSTED_PROXIES, "must list CIDRs such as 10.0.0.0/8 (" + e.getMessage() + ")");
            }
        }
        return blocks;
    }
}
