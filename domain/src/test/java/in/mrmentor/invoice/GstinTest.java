package in.mrmentor.invoice;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class GstinTest {

    @Test
    void theSpecExampleIsValidAndIssuedInMaharashtra() {
        var gstin = Gstin.parse(" 27aapfu0939f1zv ").orElseThrow();

        assertThat(gstin.value()).isEqualTo("27AAPFU0939F1ZV");
        assertThat(gstin.stateCode()).isEqualTo("27");
        assertThat(Gstin.checkCharacter("27AAPFU0939F1Z")).isEqualTo('V');
    }

    @ParameterizedTest
    @ValueSource(strings = {"27AAPFU0939F1ZW", "27AAPFU0939F1Z", "27AAPFU0939F1ZVX", "2AAAPFU0939F1ZV", "27AAPFU0939F0ZV",
            "27AAPFU0939F1CV", "27aapfu0939f1z?", ""})
    void aWrongCheckCharacterOrShapeIsRefused(String text) {
        assertThat(Gstin.parse(text)).isEmpty();
        assertThat(Gstin.isValid(text)).isFalse();
    }

    @Test
    void everyCheckCharacterFollowsTheMod36Rule() {
        // weights 1,2,1,2...: for "29ABCDE1234F1Z" the sum of p/36 + p%36 decides the last character
        String first14 = "29ABCDE1234F1Z";
        char check = Gstin.checkCharacter(first14);
        assertThat(Gstin.isValid(first14 + check)).isTrue();
        for (char other : "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ".toCharArray()) {
            if (other != check) {
                assertThat(Gstin.isValid(first14 + other)).isFalse();
            }
        }
    }
}
