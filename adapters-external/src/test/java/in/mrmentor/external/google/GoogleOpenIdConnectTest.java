package in.mrmentor.external.google;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import in.mrmentor.identity.port.GoogleIdentity;
import in.mrmentor.shared.DomainException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link GoogleOpenIdConnect} against a stub serving Google's token endpoint and JWKS, with keys made here. */
class GoogleOpenIdConnectTest {
    private static final String CLIENT_ID = "1234-test.apps.googleusercontent.com";
    private static final String CLIENT_SECRET = "test-client-secret";
    private static final String REDIRECT_URI = "http://localhost:3000/auth/google/callback";
    private static WireMockServer google;
    private static RSAKey googleKey;
    private static RSAKey rotatedKey;
    private static RSAKey strangerKey;
    private GoogleOpenIdConnect client;

    @BeforeAll
    static void start() throws Exception {
        google = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        google.start();
        googleKey = new RSAKeyGenerator(2048).keyID("google-1").generate();
        rotatedKey = new RSAKeyGenerator(2048).keyID("google-2").generate();
        // The stranger reuses Google's kid: only the signature can tell them apart.
        strangerKey = new RSAKeyGenerator(2048).keyID("google-1").generate();
    }

    @AfterAll
    static void stop() {
        google.stop();
    }

    @BeforeEach
    void freshClient() {
        google.resetAll();
        serveKeys(googleKey);
        client = new GoogleOpenIdConnect(new GoogleSettings(CLIENT_ID, Optional.of(CLIENT_SECRET), Optional.of(REDIRECT_URI),
                URI.create(google.baseUrl() + "/token"), URI.create(google.baseUrl() + "/oauth2/v3/certs"),
                GoogleSettings.GOOGLE_ISSUERS));
    }

    private static void serveKeys(RSAKey... keys) {
        var publicKeys = java.util.Arrays.stream(keys).map(key -> (com.nimbusds.jose.jwk.JWK) key.toPublicJWK()).toList();
        google.stubFor(get(urlEqualTo("/oauth2/v3/certs")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody(new JWKSet(publicKeys).toString())));
    }

    private static JWTClaimsSet.Builder claims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer("https://accounts.google.com")
                .audience(CLIENT_ID)
                .subject("110169484474386276334")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(3600)))
                .claim("email", "asha@example.com")
                .claim("email_verified", true)
                .claim("name", "Asha Rao");
    }

    private static String signed(RSAKey key, UnaryOperator<JWTClaimsSet.Builder> change) throws Exception {
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
                change.apply(claims()).build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    @Test
    void aGoodTokenNamesItsVerifiedHolder() throws Exception {
        var account = client.verify(signed(googleKey, c -> c));

        assertThat(account).contains(new GoogleIdentity.GoogleAccount("110169484474386276334", "asha@example.com", true,
                "Asha Rao"));
    }

    @Test
    void bothSpellingsOfGooglesIssuerAreAccepted() throws Exception {
        assertThat(client.verify(signed(googleKey, c -> c.issuer("accounts.google.com")))).isPresent();
    }

    @Test
    void anEmailVerifiedClaimSentAsTextIsReadToo() throws Exception {
        assertThat(client.verify(signed(googleKey, c -> c.claim("email_verified", "true")))).get()
                .extracting(GoogleIdentity.GoogleAccount::emailVerified).isEqualTo(true);
        assertThat(client.verify(signed(googleKey, c -> c.claim("email_verified", false)))).get()
                .extracting(GoogleIdentity.GoogleAccount::emailVerified).isEqualTo(false);
    }

    @Test
    void aTokenForAnotherClientIsRefused() throws Exception {
        assertThat(client.verify(signed(googleKey, c -> c.audience("someone-else.apps.googleusercontent.com")))).isEmpty();
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() throws Exception {
        assertThat(client.verify(signed(googleKey, c -> c.issuer("https://evil.example.com")))).isEmpty();
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        Instant anHourAgo = Instant.now().minusSeconds(3600);
        assertThat(client.verify(signed(googleKey, c -> c.issueTime(Date.from(anHourAgo.minusSeconds(3600)))
                .expirationTime(Date.from(anHourAgo))))).isEmpty();
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String unsigned = new PlainJWT(claims().build()).serialize();

        assertThat(client.verify(unsigned)).isEmpty();
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() throws Exception {
        assertThat(client.verify(signed(strangerKey, c -> c))).isEmpty();
    }

    @Test
    void aTokenSignedWithTheClientIdAsAnHmacKeyIsRefused() throws Exception {
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("google-1").build(), claims().build());
        jwt.sign(new MACSigner((CLIENT_ID + CLIENT_ID).getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(client.verify(jwt.serialize())).isEmpty();
    }

    @Test
    void garbageIsRefused() {
        assertThat(client.verify("not.a.token")).isEmpty();
        assertThat(client.verify("")).isEmpty();
    }

    @Test
    void theKeysAreFetchedOnceAndFetchedAgainWhenATokenNamesANewKey() throws Exception {
        assertThat(client.verify(signed(googleKey, c -> c))).isPresent();
        assertThat(client.verify(signed(googleKey, c -> c))).isPresent();
        google.verify(1, getRequestedFor(urlEqualTo("/oauth2/v3/certs")));

        serveKeys(googleKey, rotatedKey);
        assertThat(client.verify(signed(rotatedKey, c -> c))).as("signed with the key Google rotated in").isPresent();
        google.verify(2, getRequestedFor(urlEqualTo("/oauth2/v3/certs")));
    }

    @Test
    void unreachableKeysAreAProviderOutageNotABadToken() throws Exception {
        google.stubFor(get(urlEqualTo("/oauth2/v3/certs")).willReturn(aResponse().withStatus(503)));
        String token = signed(googleKey, c -> c);

        assertThatThrownBy(() -> client.verify(token)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("IDENTITY_PROVIDER_UNAVAILABLE"));
    }

    @Test
    void aCodeIsTradedForTheIdTokenWithTheClientSecretAndVerifier() {
        google.stubFor(post(urlEqualTo("/token")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"access_token\":\"ya29.x\",\"expires_in\":3599,\"scope\":\"openid email profile\","
                        + "\"token_type\":\"Bearer\",\"id_token\":\"the-id-token\"}")));

        assertThat(client.exchange("4/0AX4XfWg", REDIRECT_URI, "v".repeat(43))).contains("the-id-token");

        google.verify(postRequestedFor(urlEqualTo("/token"))
                .withRequestBody(containing("grant_type=authorization_code"))
                .withRequestBody(containing("code=4%2F0AX4XfWg"))
                .withRequestBody(containing("client_id=" + CLIENT_ID))
                .withRequestBody(containing("client_secret=" + CLIENT_SECRET))
                .withRequestBody(containing("redirect_uri=http%3A%2F%2Flocalhost%3A3000%2Fauth%2Fgoogle%2Fcallback"))
                .withRequestBody(containing("code_verifier=" + "v".repeat(43))));
    }

    @Test
    void aCodeGoogleRefusesIsNoToken() {
        google.stubFor(post(urlEqualTo("/token")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_grant\",\"error_description\":\"Bad Request\"}")));

        assertThat(client.exchange("used-code", REDIRECT_URI, null)).isEmpty();
    }

    @Test
    void aFailingTokenEndpointIsAProviderOutage() {
        google.stubFor(post(urlEqualTo("/token")).willReturn(aResponse().withStatus(500)));

        assertThatThrownBy(() -> client.exchange("code", REDIRECT_URI, null)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("IDENTITY_PROVIDER_UNAVAILABLE"));
    }

    @Test
    void withoutAClientSecretTheCodeFlowIsNotConfigured() {
        var noSecret = new GoogleOpenIdConnect(new GoogleSettings(CLIENT_ID, Optional.empty(), Optional.of(REDIRECT_URI),
                URI.create(google.baseUrl() + "/token"), URI.create(google.baseUrl() + "/oauth2/v3/certs"),
                GoogleSettings.GOOGLE_ISSUERS));

        assertThatThrownBy(() -> noSecret.exchange("code", REDIRECT_URI, null)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("INTEGRATION_NOT_CONFIGURED"));
        assertThat(List.of(noSecret.redirectUri().orElseThrow())).containsExactly(REDIRECT_URI);
    }
}
