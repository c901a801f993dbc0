package in.mrmentor.shared;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlainTextTest {

    @Test
    void tabCrLfAndEveryPrintableCharacterArePlain() {
        assertThat(PlainText.isPlain("a\tb\r\nc é हि \uD83D\uDE00")).isTrue();
        assertThat(PlainText.isPlain("")).isTrue();
    }

    @Test
    void otherControlCharactersAndUnpairedSurrogatesAreNot() {
        for (String text : new String[] {"a\u0000", "\u0007", "\u001b[31m", "\u007f", "\u0085", "\uD800", "x\uDC00y"}) {
            assertThat(PlainText.isPlain(text)).as(text).isFalse();
        }
    }

    @Test
    void aRefusalNamesTheField() {
        assertThatThrownBy(() -> PlainText.require("bio", "a\u0000b"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(Validation.CODE);
                    assertThat(e.fieldErrors()).containsExactly(new FieldError("bio", PlainText.MESSAGE));
                });
        assertThat(PlainText.require("bio", null)).isNull();
    }

    @Test
    void instantsLieBetweenNineteenSeventyAndTheEndOfNineNineNineNine() {
        assertThat(InstantBounds.contains(Instant.parse("1970-01-01T00:00:00Z"))).isTrue();
        assertThat(InstantBounds.contains(Instant.parse("9999-12-31T23:59:59Z"))).isTrue();
        assertThat(InstantBounds.contains(Instant.parse("1969-12-31T23:59:59Z"))).isFalse();
        assertThat(InstantBounds.contains(Instant.parse("+10000-01-01T00:00:00Z"))).isFalse();
        assertThatThrownBy(() -> InstantBounds.require("preferredStart", Instant.MAX))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.fieldErrors().get(0).field()).isEqualTo("preferredStart"));
    }
}
