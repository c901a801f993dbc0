package in.mrmentor.identity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class OneTimeCodeTest {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    private static OneTimeCode code() {
        return OneTimeCode.issue(UUID.randomUUID(), Email.of("a@x.in"), new PasswordHash("$2a$04$code-hash"), T0);
    }

    @Test
    void aCodeIsUsableForTenMinutes() {
        assertThat(code().isUsableAt(T0.plusSeconds(599))).isTrue();
        assertThat(code().isUsableAt(T0.plusSeconds(600))).isFalse();
    }

    @Test
    void theFifthWrongGuessBurnsTheCode() {
        var c = code();
        for (int i = 0; i < 4; i++) {
            c = c.afterWrongGuess();
        }
        assertThat(c.isBurnt()).isFalse();
        assertThat(c.isUsableAt(T0)).isTrue();

        c = c.afterWrongGuess();

        assertThat(c.isBurnt()).isTrue();
        assertThat(c.isUsableAt(T0)).isFalse();
    }

    @Test
    void onlySixDigitsAreACode() {
        assertThat(OneTimeCode.isWellFormed("012345")).isTrue();
        assertThat(OneTimeCode.isWellFormed("12345")).isFalse();
        assertThat(OneTimeCode.isWellFormed("1234567")).isFalse();
        assertThat(OneTimeCode.isWellFormed("12345a")).isFalse();
        assertThat(OneTimeCode.isWellFormed(null)).isFalse();
    }

    @Test
    void toStringNeverShowsTheHash() {
        assertThat(code().toString()).doesNotContain("code-hash");
    }
}
