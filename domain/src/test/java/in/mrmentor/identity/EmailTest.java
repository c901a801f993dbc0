package in.mrmentor.identity;

import in.mrmentor.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmailTest {

    @Test
    void anAddressIsTrimmedAndLowerCased() {
        assertThat(Email.of("  Asha.Rao@Example.IN ").value()).isEqualTo("asha.rao@example.in");
    }

    @Test
    void twoSpellingsOfOneAddressAreEqual() {
        assertThat(Email.of("A@X.in")).isEqualTo(Email.of("a@x.IN"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"plain", "@x.in", "a@", "a@x", "a b@x.in", "a@@x.in", "a@-x.in", "a@x..in"})
    void malformedAddressesAreRefusedAsAFieldError(String raw) {
        assertThatThrownBy(() -> Email.of(raw))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("VALIDATION_FAILED");
                    assertThat(e.fieldErrors()).extracting("field").containsExactly("email");
                });
    }

    @Test
    void anAddressLongerThan254CharactersIsRefused() {
        String local = "a".repeat(64);
        String domain = "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(63) + ".in";
        assertThat(Email.isValid(local + "@" + domain)).isFalse();
        assertThat(Email.isValid(local + "@x.in")).isTrue();
    }

    @Test
    void plusAndDotsInTheLocalPartAreFine() {
        assertThat(Email.isValid("first.last+tag@mail.example.co.in")).isTrue();
    }
}
