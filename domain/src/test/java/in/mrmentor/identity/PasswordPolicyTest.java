package in.mrmentor.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    @Test
    void eightToOneHundredTwentyEightCharactersAreAccepted() {
        assertThat(PasswordPolicy.accepts("12345678")).isTrue();
        assertThat(PasswordPolicy.accepts("x".repeat(128))).isTrue();
    }

    @Test
    void shorterLongerOrMissingPasswordsAreRefused() {
        assertThat(PasswordPolicy.accepts("1234567")).isFalse();
        assertThat(PasswordPolicy.accepts("x".repeat(129))).isFalse();
        assertThat(PasswordPolicy.accepts(null)).isFalse();
    }
}
