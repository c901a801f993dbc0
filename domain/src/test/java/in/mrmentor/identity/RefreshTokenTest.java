package in.mrmentor.identity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RefreshTokenTest {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private static final Instant EXPIRY = T0.plusSeconds(7 * 86_400);

    private static RefreshToken fresh() {
        return RefreshToken.issue(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                TokenDigest.sha256Hex("opaque-token"), T0, EXPIRY);
    }

    private static RefreshToken with(Instant usedAt, Instant revokedAt) {
        var t = fresh();
        return new RefreshToken(t.id(), t.userId(), t.familyId(), t.tokenHash(), t.issuedAt(), t.expiresAt(), usedAt, revokedAt);
    }

    @Test
    void anUnusedLiveTokenIsFresh() {
        assertThat(fresh().presentedAt(T0.plusSeconds(60))).isInstanceOf(RefreshToken.Fresh.class);
    }

    @Test
    void aUsedTokenIsReuseEvenWhenItsFamilyWasAlreadyRevokedOrItExpired() {
        assertThat(with(T0, null).presentedAt(T0.plusSeconds(1))).isInstanceOf(RefreshToken.Reused.class);
        assertThat(with(T0, T0).presentedAt(T0.plusSeconds(1))).isInstanceOf(RefreshToken.Reused.class);
        assertThat(with(T0, null).presentedAt(EXPIRY.plusSeconds(1))).isInstanceOf(RefreshToken.Reused.class);
    }

    @Test
    void aRevokedOrExpiredUnusedTokenIsDead() {
        assertThat(with(null, T0).presentedAt(T0.plusSeconds(1))).isInstanceOf(RefreshToken.Dead.class);
        assertThat(fresh().presentedAt(EXPIRY)).isInstanceOf(RefreshToken.Dead.class);
    }

    @Test
    void toStringNeverShowsTheHash() {
        assertThat(fresh().toString()).doesNotContain(TokenDigest.sha256Hex("opaque-token"));
    }

    @Test
    void theDigestIsSha256InHex() {
        assertThat(TokenDigest.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
