package in.mrmentor.bootstrap;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import in.mrmentor.persistence.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static in.mrmentor.bootstrap.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code POST /api/auth/google} end to end: a running server configured with GOOGLE_* pointing at a
 * WireMock stub of Google (token endpoint and JWKS serving a key made here). Each refusal of the
 * issue has its own test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GoogleSignInOverHttpTest {
    private static final String CLIENT_ID = "1234-mas.apps.googleusercontent.com";
    private static final String CLIENT_SECRET = "google-client-secret-for-tests";
    private static final String REDIRECT_URI = "http://localhost:3000/auth/google/callback";
    private static final String ADMIN_EMAIL = "root@mrmentor.test";
    private static final String ADMIN_PASSWORD = "bootstrap-admin-pass";

    @TempDir
    static Path dataDir;

    private WireMockServer google;
    private RSAKey googleKey;
    private RSAKey otherKey;
    private MasServer app;
    private ApiClient api;

    @BeforeAll
    void start() throws Exception {
        googleKey = new RSAKeyGenerator(2048).keyID("google-key-1").generate();
        otherKey = new RSAKeyGenerator(2048).keyID("google-key-1").generate();
        google = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        google.start();
        google.stubFor(get(urlEqualTo("/oauth2/v3/certs")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(new JWKSet(googleKey.toPublicJWK()).toString())));
        Map<String, String> env = new HashMap<>(Map.of(
                "MAS_DATA_DIR", dataDir.toString(), "PORT", "0", "HOST", "127.0.0.1",
                "DATABASE_URL", TestPostgres.get().databaseUrl(TestPostgres.get().freshDatabaseName()),
                "ADMIN_EMAIL", ADMIN_EMAIL, "ADMIN_PASSWORD", ADMIN_PASSWORD,
                "AUTH_IP_MAX_PER_MINUTE", "10000"));
        env.putAll(Map.of("GOOGLE_CLIENT_ID", CLIENT_ID, "GOOGLE_CLIENT_SECRET", CLIENT_SECRET,
                "GOOGLE_REDIRECT_URI", REDIRECT_URI,
                "GOOGLE_TOKEN_URI", google.baseUrl() + "/token",
                "GOOGLE_JWKS_URI", google.baseUrl() + "/oauth2/v3/certs"));
        app = MasServer.start(SettingsReader.read(env));
        api = new ApiClient(app.port());
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
        google.stop();
    }

    private static String uniqueEmail() {
        return "student-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    private static JWTClaimsSet.Builder claims(String email) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer("https://accounts.google.com")
                .audience(CLIENT_ID)
                .subject("1101" + Math.abs(email.hashCode()))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(3600)))
                .claim("email", email)
                .claim("email_verified", true)
                .claim("name", "Asha Rao");
    }

    private String idToken(RSAKey key, String email, UnaryOperator<JWTClaimsSet.Builder> change) throws Exception {
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
                change.apply(claims(email)).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private ApiClient.Response withIdToken(String token) {
        return api.post("/api/auth/google", null, json("idToken", token));
    }

    private void assertInvalidCredentials(ApiClient.Response response) {
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.code()).isEqualTo("INVALID_CREDENTIALS");
    }

    private String adminToken() {
        return api.post("/api/auth/login", null, json("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD)).text("accessToken");
    }

    @Test
    void aStudentSignsInWithAGoogleIdTokenAndGetsTokensThatWork() throws Exception {
        String email = uniqueEmail();

        var first = withIdToken(idToken(googleKey, email, c -> c));

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().path("created").asBoolean()).isTrue();
        assertThat(first.body().path("user").path("email").asText()).isEqualTo(email);
        assertThat(first.body().path("user").path("role").asText()).isEqualTo("USER");
        assertThat(first.raw().headers().firstValue("RateLimit-Limit")).as("counted per address like login").isPresent();
        var me = api.get("/api/auth/me", first.text("accessToken"));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.text("email")).isEqualTo(email);
        assertThat(api.get("/api/tokens/wallet", first.text("accessToken")).status()).as("wallets opened").isEqualTo(200);
        assertThat(api.post("/api/auth/refresh", null, json("refreshToken", first.text("refreshToken"))).status())
                .isEqualTo(200);

        var again = withIdToken(idToken(googleKey, email, c -> c));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().path("created").asBoolean()).isFalse();
        assertThat(again.body().path("user").path("id").asText()).isEqualTo(first.body().path("user").path("id").asText());
    }

    @Test
    void anAccountMadeWithAPasswordIsLinkedByItsVerifiedAddress() throws Exception {
        String email = uniqueEmail();
        var signedUp = api.post("/api/auth/signup", null, json("email", email, "password", "correct-horse", "name", "Asha"));

        var google = withIdToken(idToken(googleKey, email.toUpperCase(), c -> c));

        assertThat(google.status()).isEqualTo(200);
        assertThat(google.body().path("created").asBoolean()).isFalse();
        assertThat(google.body().path("user").path("id").asText()).isEqualTo(signedUp.body().path("user").path("id").asText());
    }

    @Test
    void theAuthorizationCodeIsTradedWithTheClientSecret() throws Exception {
        String email = uniqueEmail();
        String code = "4/0A" + UUID.randomUUID();
        google.stubFor(post(urlEqualTo("/token")).withRequestBody(containing(code.replace("/", "%2F")))
                .withRequestBody(containing("client_secret=" + CLIENT_SECRET))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"access_token\":\"ya29.x\",\"token_type\":\"Bearer\",\"id_token\":\""
                                + idToken(googleKey, email, c -> c) + "\"}")));

        var response = api.post("/api/auth/google", null, json("code", code, "redirectUri", REDIRECT_URI));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().path("user").path("email").asText()).isEqualTo(email);
    }

    @Test
    void aCodeGoogleRefusesIsInvalidCredentials() {
        google.stubFor(post(urlEqualTo("/token")).withRequestBody(containing("code=refused-code"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":\"invalid_grant\"}")));

        assertInvalidCredentials(api.post("/api/auth/google", null, json("code", "refused-code", "redirectUri", REDIRECT_URI)));
    }

    @Test
    void aRedirectUriOtherThanTheConfiguredOneIsABadRequest() {
        var response = api.post("/api/auth/google", null,
                json("code", "any-code", "redirectUri", "http://localhost:3000/auth/google/callback/evil"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("VALIDATION_FAILED");
        assertThat(response.body().path("errors").findValuesAsText("field")).contains("redirectUri");
    }

    @Test
    void aTokenForAnotherAudienceIs401() throws Exception {
        assertInvalidCredentials(withIdToken(idToken(googleKey, uniqueEmail(), c -> c.audience("other.apps.googleusercontent.com"))));
    }

    @Test
    void aTokenFromAnotherIssuerIs401() throws Exception {
        assertInvalidCredentials(withIdToken(idToken(googleKey, uniqueEmail(), c -> c.issuer("https://accounts.evil.com"))));
    }

    @Test
    void anExpiredTokenIs401() throws Exception {
        Instant twoHoursAgo = Instant.now().minusSeconds(7200);
        assertInvalidCredentials(withIdToken(idToken(googleKey, uniqueEmail(), c -> c.issueTime(Date.from(twoHoursAgo))
                .expirationTime(Date.from(twoHoursAgo.plusSeconds(3600))))));
    }

    @Test
    void anUnsignedTokenIs401() {
        assertInvalidCredentials(withIdToken(new PlainJWT(claims(uniqueEmail()).build()).serialize()));
    }

    @Test
    void aForgedTokenSignedByAnotherKeyIs401() throws Exception {
        String email = uniqueEmail();

        assertInvalidCredentials(withIdToken(idToken(otherKey, email, c -> c)));
        assertThat(api.post("/api/auth/login", null, json("email", email, "password", "whatever-it-is")).code())
                .as("no account was made").isEqualTo("INVALID_CREDENTIALS");
    }

    @Test
    void anUnverifiedAddressIs401() throws Exception {
        assertInvalidCredentials(withIdToken(idToken(googleKey, uniqueEmail(), c -> c.claim("email_verified", false))));
    }

    @Test
    void anAdministratorsAddressCannotSignInWithGoogle() throws Exception {
        var superadmin = withIdToken(idToken(googleKey, ADMIN_EMAIL, c -> c));
        assertThat(superadmin.status()).isEqualTo(403);
        assertThat(superadmin.code()).isEqualTo("SIGN_IN_METHOD_NOT_ALLOWED");

        String adminEmail = uniqueEmail();
        api.post("/api/admin/users", adminToken(), json("email", adminEmail, "password", "admin-password", "name", "Ops",
                "role", "ADMIN"));
        var admin = withIdToken(idToken(googleKey, adminEmail, c -> c));
        assertThat(admin.status()).isEqualTo(403);
        assertThat(admin.code()).isEqualTo("SIGN_IN_METHOD_NOT_ALLOWED");
    }

    @Test
    void aDeactivatedAccountCannotSignInWithGoogle() throws Exception {
        String email = uniqueEmail();
        var signedUp = api.post("/api/auth/signup", null, json("email", email, "password", "correct-horse", "name", "Asha"));
        String id = signedUp.body().path("user").path("id").asText();
        var patch = api.send("PATCH", "/api/admin/users/" + id, adminToken(), json("active", false));
        assertThat(patch.status()).isEqualTo(200);

        var response = withIdToken(idToken(googleKey, email, c -> c));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.code()).isEqualTo("SIGN_IN_METHOD_NOT_ALLOWED");
    }

    @Test
    void neitherTokenNorCodeIsABadRequest() {
        var response = api.post("/api/auth/google", null, "{}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("VALIDATION_FAILED");
    }
}
