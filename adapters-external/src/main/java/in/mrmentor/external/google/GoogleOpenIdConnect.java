package in.mrmentor.external.google;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import in.mrmentor.identity.IdentityErrors;
import in.mrmentor.identity.port.GoogleIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Google's OpenID Connect endpoints: ID tokens verified with Nimbus JOSE+JWT (RS256 only, against the
 * JWKS fetched from {@code jwksUri}, cached and fetched again when a token names a {@code kid} the cache
 * does not hold, as Google rotates its keys), and authorization codes traded at {@code tokenUri} with
 * the client secret. Unsigned tokens ({@code alg: none}), other algorithms, other audiences, issuers
 * other than Google's and expired tokens are all simply not valid.
 */
public final class GoogleOpenIdConnect implements GoogleIdentity {
    private static final Logger LOG = LoggerFactory.getLogger(GoogleOpenIdConnect.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int JWKS_TIMEOUT_MILLIS = 5_000;
    private static final int JWKS_SIZE_LIMIT = 512 * 1024;

    private final GoogleSettings settings;
    private final DefaultJWTProcessor<SecurityContext> processor;
    private final HttpClient http;

    public GoogleOpenIdConnect(GoogleSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        JWKSource<SecurityContext> keys;
        try {
            keys = JWKSourceBuilder.<SecurityContext>create(settings.jwksUri().toURL(),
                            new DefaultResourceRetriever(JWKS_TIMEOUT_MILLIS, JWKS_TIMEOUT_MILLIS, JWKS_SIZE_LIMIT))
                    .retrying(true)
                    .build();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("the JWKS URI is not a URL: " + settings.jwksUri(), e);
        }
        processor = new DefaultJWTProcessor<>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(settings.clientId(), null,
                Set.of("iss", "sub", "aud", "exp", "iat", "email")));
    }

    @Override
    public boolean isConfigured() {
        return true;
    }

    @Override
    public Optional<String> redirectUri() {
        return settings.redirectUri();
    }

    @Override
    public Optional<GoogleAccount> verify(String idToken) {
        JWTClaimsSet claims;
        try {
            claims = processor.process(idToken, null);
        } catch (RateLimitReachedException e) {
            // An unknown kid right after a refresh: not one of Google's keys, and no reason to fetch again.
            LOG.info("A Google ID token was refused: its key is not in the JWKS fetched moments ago");
            return Optional.empty();
        } catch (KeySourceException e) {
            LOG.warn("Google's signing keys could not be fetched from {}: {}", settings.jwksUri(), e.toString());
            throw IdentityErrors.identityProviderUnavailable();
        } catch (ParseException | BadJOSEException | JOSEException e) {
            LOG.info("A Google ID token was refused: {}", e.getMessage());
            return Optional.empty();
        }
        if (!settings.issuers().contains(claims.getIssuer())) {
            LOG.info("A Google ID token was refused: issuer {} is not Google's", claims.getIssuer());
            return Optional.empty();
        }
        try {
            return Optional.of(new GoogleAccount(claims.getSubject(), claims.getStringClaim("email"),
                    isTrue(claims.getClaim("email_verified")), claims.getStringClaim("name")));
        } catch (ParseException e) {
            return Optional.empty();
        }
    }

    /** Google sends {@code email_verified} as a JSON boolean, older tokens as the string "true". */
    private static boolean isTrue(Object claim) {
        return Boolean.TRUE.equals(claim) || "true".equals(claim);
    }

    @Override
    public Optional<String> exchange(String code, String redirectUri, String codeVerifier) {
        String secret = settings.clientSecret().orElseThrow(IdentityErrors::googleNotConfigured);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("client_id", settings.clientId());
        form.put("client_secret", secret);
        form.put("redirect_uri", redirectUri);
        if (codeVerifier != null) {
            form.put("code_verifier", codeVerifier);
        }
        var request = HttpRequest.newBuilder(settings.tokenUri())
                .timeout(TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(formEncoded(form)))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode json = readJson(response.body());
            if (response.statusCode() / 100 == 4) {
                // invalid_grant and friends: the code is used, expired, forged or for another client.
                LOG.info("Google refused an authorization code: HTTP {} {}", response.statusCode(),
                        json.path("error").asText(""));
                return Optional.empty();
            }
            if (response.statusCode() / 100 != 2 || !json.path("id_token").isTextual()) {
                LOG.warn("Google's token endpoint failed: HTTP {} {}", response.statusCode(), json.path("error").asText(""));
                throw IdentityErrors.identityProviderUnavailable();
            }
            return Optional.of(json.get("id_token").asText());
        } catch (IOException e) {
            LOG.warn("Google's token endpoint could not be reached: {}", e.toString());
            throw IdentityErrors.identityProviderUnavailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw IdentityErrors.identityProviderUnavailable();
        }
    }

    private static JsonNode readJson(String body) {
        try {
            return body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body);
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    private static String formEncoded(Map<String, String> form) {
        return form.entrySet().stream()
                .map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
