package in.mrmentor.bootstrap.identity;

import in.mrmentor.bootstrap.settings.EnvVar;
import in.mrmentor.bootstrap.settings.Secret;
import in.mrmentor.bootstrap.settings.SettingsProblems;
import in.mrmentor.external.google.GoogleSettings;
import in.mrmentor.http.Cidr;
import in.mrmentor.identity.AdmitAuthRequest;
import in.mrmentor.identity.LoginThrottle;

import java.net.URI;
import java.net.URISyntaxException;
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
                trustedProxies(env, problems),
                google(env, problems, production),
                new LoginThrottle(problems.integer(env, EnvVar.AUTH_FORGOT_PASSWORD_MAX_ATTEMPTS, 3, 1, 1000),
                        Duration.ofSeconds(problems.integer(env, EnvVar.AUTH_FORGOT_PASSWORD_WINDOW_SECONDS, 900, 1, 86_400))),
                new LoginThrottle(problems.integer(env, EnvVar.AUTH_RESET_PASSWORD_MAX_ATTEMPTS, 5, 1, 1000),
                        Duration.ofSeconds(problems.integer(env, EnvVar.AUTH_RESET_PASSWORD_WINDOW_SECONDS, 900, 1, 86_400))));
    }

    /** Google sign-in is on once {@code GOOGLE_CLIENT_ID} is set; the secret and redirect URI serve the code flow. */
    private static Optional<GoogleSettings> google(Map<String, String> env, SettingsProblems problems, boolean production) {
        Optional<String> clientId = text(env, EnvVar.GOOGLE_CLIENT_ID);
        Optional<Secret> clientSecret = secret(env, EnvVar.GOOGLE_CLIENT_SECRET);
        Optional<String> redirectUri = text(env, EnvVar.GOOGLE_REDIRECT_URI);
        if (clientId.isEmpty()) {
            if (clientSecret.isPresent() || redirectUri.isPresent()) {
                problems.add(EnvVar.GOOGLE_CLIENT_ID, "must be set with GOOGLE_CLIENT_SECRET and GOOGLE_REDIRECT_URI");
            }
            return Optional.empty();
        }
        if (production && clientSecret.filter(Secret::isKnownDefault).isPresent()) {
            problems.add(EnvVar.GOOGLE_CLIENT_SECRET, "is a known default value; use the secret of the Google OAuth client");
        }
        redirectUri.ifPresent(uri -> absoluteUrl(EnvVar.GOOGLE_REDIRECT_URI, uri, false, problems));
        URI tokenUri = absoluteUrl(EnvVar.GOOGLE_TOKEN_URI, text(env, EnvVar.GOOGLE_TOKEN_URI)
                .orElse(GoogleSettings.DEFAULT_TOKEN_URI.toString()), production, problems);
        URI jwksUri = absoluteUrl(EnvVar.GOOGLE_JWKS_URI, text(env, EnvVar.GOOGLE_JWKS_URI)
                .orElse(GoogleSettings.DEFAULT_JWKS_URI.toString()), production, problems);
        if (tokenUri == null || jwksUri == null) {
            return Optional.empty();
        }
        return Optional.of(new GoogleSettings(clientId.get(), clientSecret.map(Secret::value), redirectUri, tokenUri,
                jwksUri, GoogleSettings.GOOGLE_ISSUERS));
    }

    /** The URL, or null after adding a problem; in production only https, since keys and codes travel there. */
    private static URI absoluteUrl(EnvVar var, String raw, boolean httpsOnly, SettingsProblems problems) {
        try {
            URI uri = new URI(raw);
            if (uri.getScheme() == null || uri.getHost() == null
                    || !(uri.getScheme().equals("https") || uri.getScheme().equals("http"))) {
                problems.add(var, "must be an absolute http(s) URL");
                return null;
            }
            if (httpsOnly && !uri.getScheme().equals("https")) {
                problems.add(var, "must be an https URL in production");
                return null;
            }
            return uri;
        } catch (URISyntaxException e) {
            problems.add(var, "is not a valid URL");
            return null;
        }
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
