package in.mrmentor.identity.port;

import in.mrmentor.identity.Email;
import in.mrmentor.identity.OneTimeCode;
import in.mrmentor.identity.PasswordHash;
import in.mrmentor.shared.port.Transactions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.UUID;

import static in.mrmentor.identity.IdentityTestData.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every adapter of {@link OneTimeCodes} must do. */
public abstract class OneTimeCodesContract {
    private static final Email ASHA = Email.of("asha@example.in");

    protected OneTimeCodes codes;
    protected Transactions transactions;

    protected abstract OneTimeCodes newCodes();

    protected abstract Transactions transactionsFor(OneTimeCodes codes);

    @BeforeEach
    void freshStore() {
        codes = newCodes();
        transactions = transactionsFor(codes);
    }

    private static OneTimeCode code(Email email, String hash) {
        return OneTimeCode.issue(UUID.randomUUID(), email, new PasswordHash(hash), T0);
    }

    private Optional<OneTimeCode> lookUp(Email email) {
        return transactions.inTransaction(() -> codes.lockFor(email));
    }

    @Test
    void aStoredCodeIsFoundByItsAddress() {
        var code = code(ASHA, "$2a$04$h1");
        codes.put(code);

        assertThat(lookUp(ASHA)).contains(code);
        assertThat(lookUp(Email.of("other@example.in"))).isEmpty();
    }

    @Test
    void aNewCodeReplacesTheOldOneOfTheSameAddress() {
        codes.put(code(ASHA, "$2a$04$old"));
        var newer = code(ASHA, "$2a$04$new");

        codes.put(newer);

        assertThat(lookUp(ASHA)).contains(newer);
    }

    @Test
    void updateSavesTheTryCount() {
        var code = code(ASHA, "$2a$04$h1");
        codes.put(code);

        assertThat(codes.update(code.afterWrongGuess().afterWrongGuess())).isTrue();

        assertThat(lookUp(ASHA)).get().extracting(OneTimeCode::failedTries).isEqualTo(2);
    }

    @Test
    void aRemovedCodeIsGoneAndCannotBeUpdated() {
        var code = code(ASHA, "$2a$04$h1");
        codes.put(code);

        codes.remove(code.id());

        assertThat(lookUp(ASHA)).isEmpty();
        assertThat(codes.update(code.afterWrongGuess())).isFalse();
    }

    @Test
    void aFailedUnitOfWorkKeepsTheOldCode() {
        var old = code(ASHA, "$2a$04$old");
        codes.put(old);

        assertThatThrownBy(() -> transactions.run(() -> {
            codes.put(code(ASHA, "$2a$04$new"));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(lookUp(ASHA)).contains(old);
    }

    @Test
    void purgingDeletesCodesExpiredBeforeTheCutoffAndKeepsTheRest() {
        var bala = Email.of("bala@example.in");
        var chitra = Email.of("chitra@example.in");
        var expired = code(ASHA, "$2a$04$expired");
        codes.put(expired);
        var atCutoff = OneTimeCode.issue(UUID.randomUUID(), bala, new PasswordHash("$2a$04$edge"), T0.plusSeconds(60));
        codes.put(atCutoff);
        var live = OneTimeCode.issue(UUID.randomUUID(), chitra, new PasswordHash("$2a$04$live"), T0.plusSeconds(3600));
        codes.put(live);

        assertThat(codes.purgeExpiredBefore(atCutoff.expiresAt())).isEqualTo(1);
        assertThat(codes.purgeExpiredBefore(atCutoff.expiresAt())).isZero();

        assertThat(lookUp(ASHA)).isEmpty();
        assertThat(lookUp(bala)).contains(atCutoff);
        assertThat(lookUp(chitra)).contains(live);
    }

    @Test
    void aFailedUnitOfWorkPurgesNoCode() {
        var code = code(ASHA, "$2a$04$h1");
        codes.put(code);

        assertThatThrownBy(() -> transactions.run(() -> {
            codes.purgeExpiredBefore(code.expiresAt().plusSeconds(86_400));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(lookUp(ASHA)).contains(code);
    }

    @Test
    void eachPurposeKeepsItsOwnCodePerAddress() {
        var verification = code(ASHA, "$2a$04$verify");
        var reset = OneTimeCode.issue(UUID.randomUUID(), ASHA, new PasswordHash("$2a$04$reset"), T0,
                OneTimeCode.Purpose.PASSWORD_RESET);
        codes.put(verification);
        codes.put(reset);

        assertThat(lookUp(ASHA)).contains(verification);
        assertThat(transactions.inTransaction(() -> codes.lockFor(ASHA, OneTimeCode.Purpose.PASSWORD_RESET)))
                .contains(reset);

        codes.remove(reset.id());
        assertThat(transactions.inTransaction(() -> codes.lockFor(ASHA, OneTimeCode.Purpose.PASSWORD_RESET))).isEmpty();
        assertThat(lookUp(ASHA)).contains(verification);
    }
}
