package in.mrmentor.slot.port;

import in.mrmentor.slot.MeetingActionToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** What every adapter of {@link MeetingActionTokens} must do. */
public abstract class MeetingActionTokensContract {
    protected static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    protected MeetingActionTokens tokens;

    protected abstract MeetingActionTokens newTokens();

    /** A user id the store accepts (PostgreSQL needs the users row). */
    protected abstract UUID aUser();

    /** A slot id the store accepts (PostgreSQL needs the slots row). */
    protected abstract UUID aSlot();

    @BeforeEach
    void freshTokens() {
        tokens = newTokens();
    }

    /** A 64-character hex digest, as SHA-256 gives. */
    private static String aDigest() {
        return (UUID.randomUUID().toString() + UUID.randomUUID()).replace("-", "");
    }

    private MeetingActionToken unused(String digest, Instant expiresAt) {
        return new MeetingActionToken(UUID.randomUUID(), aSlot(), aUser(),
                MeetingActionToken.Action.REQUEST_CANCELLATION, digest, expiresAt, null);
    }

    @Test
    void aTokenIsRedeemedOnceAndComesBackMarkedUsed() {
        var token = unused(aDigest(), NOW.plus(MeetingActionToken.LIFETIME));
        tokens.add(token);

        assertThat(tokens.redeem(token.digest(), NOW)).contains(new MeetingActionToken(token.id(), token.slotId(),
                token.userId(), token.action(), token.digest(), token.expiresAt(), NOW));
        assertThat(tokens.redeem(token.digest(), NOW.plus(Duration.ofMinutes(1)))).isEmpty();
    }

    @Test
    void aTokenIsNotRedeemedFromTheMomentItExpires() {
        var token = unused(aDigest(), NOW);
        tokens.add(token);

        assertThat(tokens.redeem(token.digest(), NOW)).isEmpty();
        assertThat(tokens.redeem(token.digest(), NOW.plus(Duration.ofDays(1)))).isEmpty();
        assertThat(tokens.redeem(token.digest(), NOW.minus(Duration.ofSeconds(1)))).isPresent();
    }

    @Test
    void tokensAddedTogetherAreEachRedeemableOnce() {
        String first = aDigest();
        String second = aDigest();
        tokens.addAll(List.of(unused(first, NOW.plusSeconds(60)), unused(second, NOW.plusSeconds(60))));

        assertThat(tokens.redeem(first, NOW)).isPresent();
        assertThat(tokens.redeem(second, NOW)).isPresent();
        assertThat(tokens.redeem(first, NOW)).isEmpty();
    }

    @Test
    void anUnknownDigestRedeemsNothing() {
        tokens.add(unused(aDigest(), NOW.plus(MeetingActionToken.LIFETIME)));

        assertThat(tokens.redeem(aDigest(), NOW)).isEmpty();
    }

    @Test
    void ofRacingRedemptionsExactlyOneGetsTheToken() throws Exception {
        var token = unused(aDigest(), NOW.plus(MeetingActionToken.LIFETIME));
        tokens.add(token);

        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Optional<MeetingActionToken>>> redemptions = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            redemptions.add(pool.submit(() -> {
                go.await();
                return tokens.redeem(token.digest(), NOW);
            }));
        }
        go.countDown();
        int won = 0;
        for (var redemption : redemptions) {
            won += redemption.get().isPresent() ? 1 : 0;
        }
        pool.shutdown();

        assertThat(won).isEqualTo(1);
    }
}
