package in.mrmentor.identity.port;

import in.mrmentor.identity.RefreshToken;
import in.mrmentor.identity.TokenDigest;
import in.mrmentor.shared.port.Transactions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.UUID;

import static in.mrmentor.identity.IdentityTestData.T0;
import static in.mrmentor.identity.IdentityTestData.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every adapter of {@link RefreshTokens} must do. Tokens belong to users, so the store comes with its {@link Users}. */
public abstract class RefreshTokensContract {
    protected RefreshTokens tokens;
    protected Users users;
    protected Transactions transactions;

    /** A fresh, empty store; {@link #usersOf()} and {@link #transactionsOf()} are asked right after. */
    protected abstract RefreshTokens newTokens();

    protected abstract Users usersOf();

    protected abstract Transactions transactionsOf();

    private UUID alice;
    private UUID bob;

    @BeforeEach
    void freshStore() {
        tokens = newTokens();
        users = usersOf();
        transactions = transactionsOf();
        alice = addUser();
        bob = addUser();
    }

    private UUID addUser() {
        var user = aUser().build();
        users.add(user);
        return user.id();
    }

    private static RefreshToken token(UUID userId, UUID familyId, String opaque, long issuedSecondsAfterT0) {
        var at = T0.plusSeconds(issuedSecondsAfterT0);
        return RefreshToken.issue(UUID.randomUUID(), userId, familyId, TokenDigest.sha256Hex(opaque), at,
                at.plusSeconds(7 * 86_400));
    }

    private Optional<RefreshToken> lookUp(String opaque) {
        return transactions.inTransaction(() -> tokens.lockByHash(TokenDigest.sha256Hex(opaque)));
    }

    @Test
    void anAddedTokenIsFoundByTheHashOfItsValue() {
        var token = token(alice, UUID.randomUUID(), "opaque-1", 0);
        tokens.add(token);

        assertThat(lookUp("opaque-1")).contains(token);
        assertThat(lookUp("opaque-2")).isEmpty();
    }

    @Test
    void markingUsedRecordsWhen() {
        var token = token(alice, UUID.randomUUID(), "opaque-1", 0);
        tokens.add(token);

        tokens.markUsed(token.id(), T0.plusSeconds(5));

        assertThat(lookUp("opaque-1")).get().extracting(RefreshToken::usedAt).isEqualTo(T0.plusSeconds(5));
    }

    @Test
    void revokingAFamilyRevokesEveryTokenOfItAndNothingElseAndKeepsTheFirstTime() {
        var family = UUID.randomUUID();
        tokens.add(token(alice, family, "a1", 0));
        tokens.add(token(alice, family, "a2", 1));
        tokens.add(token(alice, UUID.randomUUID(), "other-family", 2));

        tokens.revokeFamily(family, T0.plusSeconds(10));
        tokens.revokeFamily(family, T0.plusSeconds(20));

        assertThat(tokens.family(family)).extracting(RefreshToken::revokedAt)
                .containsExactly(T0.plusSeconds(10), T0.plusSeconds(10));
        assertThat(lookUp("other-family")).get().extracting(RefreshToken::revokedAt).isNull();
    }

    @Test
    void revokingAllOfAUserLeavesOtherUsersAlone() {
        tokens.add(token(alice, UUID.randomUUID(), "a1", 0));
        tokens.add(token(alice, UUID.randomUUID(), "a2", 0));
        tokens.add(token(bob, UUID.randomUUID(), "b1", 0));

        tokens.revokeAllOf(alice, T0.plusSeconds(10));

        assertThat(lookUp("a1")).get().extracting(RefreshToken::revokedAt).isEqualTo(T0.plusSeconds(10));
        assertThat(lookUp("a2")).get().extracting(RefreshToken::revokedAt).isEqualTo(T0.plusSeconds(10));
        assertThat(lookUp("b1")).get().extracting(RefreshToken::revokedAt).isNull();
    }

    @Test
    void aFamilyListsOldestFirst() {
        var family = UUID.randomUUID();
        var second = token(alice, family, "second", 60);
        var first = token(alice, family, "first", 0);
        tokens.add(second);
        tokens.add(first);

        assertThat(tokens.family(family)).containsExactly(first, second);
        assertThat(tokens.family(UUID.randomUUID())).isEmpty();
    }

    @Test
    void aFailedUnitOfWorkLeavesNoTokenBehind() {
        assertThatThrownBy(() -> transactions.run(() -> {
            tokens.add(token(alice, UUID.randomUUID(), "ghost", 0));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(lookUp("ghost")).isEmpty();
    }

    private static final long DAY = 86_400;

    private static RefreshToken tokenExpiring(UUID userId, UUID familyId, String opaque, long issuedDay, long expiresDay) {
        return RefreshToken.issue(UUID.randomUUID(), userId, familyId, TokenDigest.sha256Hex(opaque),
                T0.plusSeconds(issuedDay * DAY), T0.plusSeconds(expiresDay * DAY));
    }

    @Test
    void purgingDeletesTheFamiliesWhoseEveryTokenExpiredBeforeTheCutoffAndCountsTheTokens() {
        var ended = UUID.randomUUID();
        var used = tokenExpiring(alice, ended, "ended-1", 0, 7);
        tokens.add(used);
        tokens.add(tokenExpiring(alice, ended, "ended-2", 1, 8));
        tokens.markUsed(used.id(), T0.plusSeconds(DAY));
        tokens.revokeFamily(ended, T0.plusSeconds(2 * DAY));
        var live = UUID.randomUUID();
        tokens.add(tokenExpiring(bob, live, "live", 10, 17));

        long purged = tokens.purgeExpiredBefore(T0.plusSeconds(9 * DAY));

        assertThat(purged).isEqualTo(2);
        assertThat(tokens.family(ended)).isEmpty();
        assertThat(lookUp("ended-1")).isEmpty();
        assertThat(tokens.family(live)).hasSize(1);
    }

    @Test
    void aFamilyWithAnyTokenStillValidAtTheCutoffKeepsItsExpiredUsedTokensForReuseDetection() {
        var family = UUID.randomUUID();
        var old = tokenExpiring(alice, family, "old", 0, 7);
        tokens.add(old);
        tokens.markUsed(old.id(), T0.plusSeconds(5 * DAY));
        tokens.add(tokenExpiring(alice, family, "successor", 5, 12));

        assertThat(tokens.purgeExpiredBefore(T0.plusSeconds(9 * DAY))).isZero();

        assertThat(lookUp("old")).get().extracting(RefreshToken::usedAt).isEqualTo(T0.plusSeconds(5 * DAY));
        assertThat(tokens.family(family)).hasSize(2);
    }

    @Test
    void aTokenExpiringExactlyAtTheCutoffIsKeptAndASecondPurgeFindsNothing() {
        tokens.add(tokenExpiring(alice, UUID.randomUUID(), "at-cutoff", 0, 7));
        tokens.add(tokenExpiring(alice, UUID.randomUUID(), "just-before", 0, 6));

        assertThat(tokens.purgeExpiredBefore(T0.plusSeconds(7 * DAY))).isEqualTo(1);
        assertThat(tokens.purgeExpiredBefore(T0.plusSeconds(7 * DAY))).isZero();

        assertThat(lookUp("at-cutoff")).isPresent();
        assertThat(lookUp("just-before")).isEmpty();
    }

    @Test
    void aFailedUnitOfWorkPurgesNothing() {
        tokens.add(tokenExpiring(alice, UUID.randomUUID(), "stale", 0, 7));

        assertThatThrownBy(() -> transactions.run(() -> {
            tokens.purgeExpiredBefore(T0.plusSeconds(30 * DAY));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(lookUp("stale")).isPresent();
    }
}
