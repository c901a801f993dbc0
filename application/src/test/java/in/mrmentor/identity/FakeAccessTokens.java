package in.mrmentor.identity;

import in.mrmentor.identity.port.AccessTokens;

import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stands in for the JWT adapter, which another module implements: remembers what it issued, with
 * {@code iat} in whole seconds as a JWT has it, and forgets nothing but expired tokens.
 */
public final class FakeAccessTokens implements AccessTokens {
    public static final Duration TTL = Duration.ofMinutes(15);

    private final Clock clock;
    private final Map<String, Claims> issued = new ConcurrentHashMap<>();

    public FakeAccessTokens(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Issued issue(UUID userId, Role role, long credentialVersion) {
        var iat = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        var claims = new Claims(userId, role, iat, iat.plus(TTL), UUID.randomUUID().toString(), credentialVersion);
        String token = "access." + claims.tokenId();
        issued.put(token, claims);
        return new Issued(token, claims.expiresAt());
    }

    @Override
    public Optional<Claims> verify(String token) {
        return Optional.ofNullable(issued.get(token)).filter(c -> clock.instant().isBefore(c.expiresAt()));
    }
}
