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
}
