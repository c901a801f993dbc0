package in.mrmentor.http.auth;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import in.mrmentor.identity.Role;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JwtAccessTokensTest {
    private static final String SECRET = "0123456789abcdef0123456789abcdef-secret";
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Duration TTL = Duration.ofMinutes(15);

    private final JwtAccessTokens tokens = at(NOW);
    private final UUID user = UUID.randomUUID();

    private static JwtAccessTokens at(Instant instant) {
        return new JwtAccessTokens(SECRET, TTL, Clock.fixed(instant, ZoneOffset.UTC));
    }

    private JWTClaimsSet claims() {
        return new JWTClaimsSet.Builder().subject(user.toString()).claim("role", "ADMIN").claim("cver", 0)
                .issueTime(Date.from(NOW)).expirationTime(Date.from(NOW.plus(TTL))).jwtID("j1").build();
    }

    @Test
    void anIssuedTokenVerifiesToItsClaims() {
        var issued = tokens.issue(user, Role.EXPERT, 7);
        var claims = tokens.verify(issued.token()).orElseThrow();
        assertThat(claims.userId()).isEqualTo(user);
        assertThat(claims.role()).isEqualTo(Role.EXPERT);
        assertThat(claims.issuedAt()).isEqualTo(NOW);
        assertThat(claims.expiresAt()).isEqualTo(NOW.plus(TTL)).isEqualTo(issued.expiresAt());
        assertThat(claims.tokenId()).isNotBlank();
        assertThat(claims.credentialVersion()).isEqualTo(7);
        assertThat(tokens.issue(user, Role.EXPERT, 0).token()).isNotEqualTo(issued.token());
    }

    @Test
    void anExpiredTokenIsRefusedAfterTheClockSkew() {
        String token = tokens.issue(user, Role.USER, 0).token();
        assertThat(at(NOW.plus(TTL).plusSeconds(29)).verify(token)).isPresent();
        assertThat(at(NOW.plus(TTL).plusSeconds(31)).verify(token)).isEmpty();
    }

    @Test
    void aTokenIssuedInTheFutureIsRefused() {
        String token = at(NOW.plusSeconds(120)).issue(user, Role.USER, 0).token();
        assertThat(tokens.verify(token)).isEmpty();
    }

    @Test
    void aTamperedTokenIsRefused() {
        String[] parts = tokens.issue(user, Role.USER, 0).token().split("\\.");
        String promoted = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace("\"USER\"", "\"SUPERADMIN\"").getBytes(StandardCharsets.UTF_8));
        assertThat(tokens.verify(parts[0] + "." + promoted + "." + parts[2])).isEmpty();
        // Flip a character in the middle: the last one of a base64url HS256 signature carries padding bits.
        char middle = parts[2].charAt(10);
        String flipped = parts[2].substring(0, 10) + (middle == 'A' ? 'B' : 'A') + parts[2].substring(11);
        assertThat(tokens.verify(parts[0] + "." + parts[1] + "." + flipped)).isEmpty();
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String none = new PlainJWT(claims()).serialize();
        assertThat(tokens.verify(none)).isEmpty();
        assertThat(tokens.verify(none + "signature")).isEmpty();
    }

    @Test
    void anotherHmacAlgorithmWithTheSameSecretIsRefused() throws Exception {
        byte[] longSecret = (SECRET + SECRET).getBytes(StandardCharsets.UTF_8);
        var jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS512).type(JOSEObjectType.JWT).build(), claims());
        jwt.sign(new MACSigner(longSecret));
        var sameKeyTokens = new JwtAccessTokens(longSecret, TTL, Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(sameKeyTokens.verify(jwt.serialize())).isEmpty();
    }

    @Test
    void anRsaSignedTokenIsRefused() throws Exception {
        var keys = KeyPairGenerator.getInstance("RSA");
        keys.initialize(2048);
        var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims());
        jwt.sign(new RSASSASigner(keys.generateKeyPair().getPrivate()));
        assertThat(tokens.verify(jwt.serialize())).isEmpty();
    }

    @Test
    void aTokenSignedWithAnotherSecretIsRefused() {
        var other = new JwtAccessTokens("another-secret-that-is-also-32-bytes-long", TTL, Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(tokens.verify(other.issue(user, Role.ADMIN, 0).token())).isEmpty();
    }

    @Test
    void garbageIsRefusedWithoutThrowing() {
        for (String garbage : new String[] {null, "", "   ", "abc", "a.b.c", "....", "eyJhbGciOiJIUzI1NiJ9.e30.x"}) {
            assertThat(tokens.verify(garbage)).as(String.valueOf(garbage)).isEmpty();
        }
    }

    @Test
    void aTokenWithAnUnknownRoleOrMissingClaimsIsRefused() throws Exception {
        var noRole = new JWTClaimsSet.Builder(claims()).claim("role", "KING").build();
        var noJti = new JWTClaimsSet.Builder(claims()).jwtID(null).build();
        var noCredentialVersion = new JWTClaimsSet.Builder(claims()).claim("cver", null).build();
        for (var set : new JWTClaimsSet[] {noRole, noJti, noCredentialVersion}) {
            var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), set);
            jwt.sign(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)));
            assertThat(tokens.verify(jwt.serialize())).isEmpty();
        }
    }

    @Test
    void aShortSecretIsRefusedAtConstruction() {
        assertThatThrownBy(() -> new JwtAccessTokens("too-short-secret-31-bytes-long!", TTL, Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(tokens.toString()).doesNotContain(SECRET);
    }
}
