package in.mrmentor.identity.port;

import in.mrmentor.shared.port.Transactions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static in.mrmentor.identity.IdentityTestData.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every adapter of {@link LoginAttempts} must do. */
public abstract class LoginAttemptsContract {
    protected LoginAttempts attempts;
    protected Transactions transactions;

    protected abstract LoginAttempts newAttempts();

    protected abstract Transactions transactionsFor(LoginAttempts attempts);

    @BeforeEach
    void freshStore() {
        attempts = newAttempts();
        transactions = transactionsFor(attempts);
    }

    @Test
    void failuresAfterTheGivenInstantAreReturnedOldestFirst() {
        attempts.recordFailure("a@x.in", T0.plusSeconds(20));
        attempts.recordFailure("a@x.in", T0);
        attempts.recordFailure("a@x.in", T0.plusSeconds(10));

        assertThat(attempts.failuresSince("a@x.in", T0)).containsExactly(T0.plusSeconds(10), T0.plusSeconds(20));
        assertThat(attempts.failuresSince("a@x.in", T0.minusSeconds(1)))
                .containsExactly(T0, T0.plusSeconds(10), T0.plusSeconds(20));
    }

    @Test
    void twoFailuresInTheSameInstantBothCount() {
        attempts.recordFailure("a@x.in", T0);
        attempts.recordFailure("a@x.in", T0);

        assertThat(attempts.failuresSince("a@x.in", T0.minusSeconds(1))).hasSize(2);
    }

    @Test
    void keysAreCountedApartAndClearedApart() {
        attempts.recordFailure("a@x.in", T0);
        attempts.recordFailure("b@x.in", T0);

        attempts.clear("a@x.in");

        assertThat(attempts.failuresSince("a@x.in", T0.minusSeconds(1))).isEmpty();
        assertThat(attempts.failuresSince("b@x.in", T0.minusSeconds(1))).containsExactly(T0);
    }

    @Test
    void aKeyCanBeLockedTwiceInOneUnitOfWork() {
        transactions.run(() -> {
            attempts.lock("a@x.in");
            attempts.lock("a@x.in");
            attempts.recordFailure("a@x.in", T0);
        });

        assertThat(attempts.failuresSince("a@x.in", T0.minusSeconds(1))).containsExactly(T0);
    }

    @Test
    void aFailedUnitOfWorkRecordsNothing() {
        assertThatThrownBy(() -> transactions.run(() -> {
            attempts.lock("a@x.in");
            attempts.recordFailure("a@x.in", T0);
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(attempts.failuresSince("a@x.in", T0.minusSeconds(1))).isEmpty();
    }

    @Test
    void purgingDeletesTheFailuresOfEveryKeyBeforeTheCutoffAndCountsThem() {
        attempts.recordFailure("a@x.in", T0.minusSeconds(10));
        attempts.recordFailure("b@x.in", T0.minusSeconds(1));
        attempts.recordFailure("b@x.in", T0);
        attempts.recordFailure("a@x.in", T0.plusSeconds(5));

        assertThat(attempts.purgeOlderThan(T0)).isEqualTo(2);
        assertThat(attempts.purgeOlderThan(T0)).isZero();

        assertThat(attempts.failuresSince("a@x.in", T0.minusSeconds(3600))).containsExactly(T0.plusSeconds(5));
        assertThat(attempts.failuresSince("b@x.in", T0.minusSeconds(3600))).containsExactly(T0);
    }

    @Test
    void aFailedUnitOfWorkPurgesNothing() {
        attempts.recordFailure("a@x.in", T0);

        assertThatThrownBy(() -> transactions.run(() -> {
            attempts.purgeOlderThan(T0.plusSeconds(60));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(attempts.failuresSince("a@x.in", T0.minusSeconds(1))).containsExactly(T0);
    }
}
