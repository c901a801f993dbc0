package in.mrmentor.http.auth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import in.mrmentor.identity.Role;
import in.mrmentor.identity.port.AccessTokens;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * HS256 JWT access tokens. The algorithm is pinned: the header must say HS256 before the signature
 * is even looked at, so {@code alg: none} or an algorithm-confusion token is refused outright.
 */
public final class JwtAccessTokens implements AccessTokens {
    public static final int MIN_SECRET_BYTES = 32;
    static final Duration CLOCK_SKEW = Duration.ofSeconds(30);
    private static final JWSAlgorithm ALGORITHM = JWSAlgorithm.HS256;
    static final String CREDENTIAL_VERSION = "cver";

    private final MACSigner signer;
    private final MACVerifier verifier;
    private final Duration ttl;
    private final Clock clock;

    public JwtAccessTokens(byte[] secret, Duration ttl, Clock clock) {
        if (secret == null || secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("the JWT secret must be at least " + MIN_SECRET_BYTES + " bytes");
        }
        if (ttl == null || ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("the access token lifetime must be positive");
        }
        byte[] key = Arrays.copyOf(secret, secret.length);
        try {
            this.signer = new MACSigner(key);
            this.verifier = new MACVerifier(key);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("unusable JWT secret", e);
        }
        this.ttl = ttl;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A secret given as text (the {@code JWT_SECRET} variable) is used as its UTF-8 bytes. */
    public JwtAccessTokens(String secret, Duration ttl, Clock clock) {
        this(secret == null ? null : secret.getBytes(StandardCharsets.UTF_8), ttl, clock);
    }

    @Override
    public Issued issue(UUID userId, Role role, long credentialVersion) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = now.plus(ttl);
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(userId.toString())
                .claim("role", role.name())
                .claim(CREDENTIAL_VERSION, credentialVersion)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(expiresAt))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(ALGORITHM).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("signing an access token failed", e);
        }
        return new Issued(jwt.serialize(), expiresAt);
    }

    @Override
    public Optional<Claims> verify(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!ALGORITHM.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
                return Optional.empty();
            }
            return claimsOf(jwt.getJWTClaimsSet());
        } catch (ParseException | JOSEException | RuntimeException e) {
            // Every malformed token is simply "not authenticated"; the reason is no business of the caller.
            return Optional.empty();
        }
    }

    private Optional<Claims> claimsOf(JWTClaimsSet set) {
        Date issued = set.getIssueTime();
        Date expires = set.getExpirationTime();
        Object role = set.getClaim("role");
        // A token without the version (issued before it existed) cannot be matched to a user's credentials.
        Object credentialVersion = set.getClaim(CREDENTIAL_VERSION);
        if (set.getSubject() == null || issued == null || expires == null || !(role instanceof String)
                || set.getJWTID() == null || !(credentialVersion instanceof Number)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Instant expiresAt = expires.toInstant();
        Instant issuedAt = issued.toInstant();
        if (now.isAfter(expiresAt.plus(CLOCK_SKEW)) || issuedAt.isAfter(now.plus(CLOCK_SKEW))) {
            return Optional.empty();
        }
        return Optional.of(new Claims(UUID.fromString(set.getSubject()), Role.valueOf((String) role),
                issuedAt, expiresAt, set.getJWTID(), ((Number) credentialVersion).longValue()));
    }

    @Override
    public String toString() {
        return "JwtAccessTokens[alg=HS256, ttl=" + ttl + ", secret=********]";
    }
}
