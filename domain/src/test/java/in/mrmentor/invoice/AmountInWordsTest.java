package in.mrmentor.invoice;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AmountInWordsTest {

    @Test
    void indianNumberingUsesLakhAndCrore() {
        assertThat(AmountInWords.of(118_000)).isEqualTo("Rupees One Thousand One Hundred Eighty Only");
        assertThat(AmountInWords.of(1_00_000_00)).isEqualTo("Rupees One Lakh Only");
        assertThat(AmountInWords.of(12_34_56_789_01L))
                .isEqualTo("Rupees Twelve Crore Thirty Four Lakh Fifty Six Thousand Seven Hundred Eighty Nine and One Paisa Only");
        assertThat(AmountInWords.of(1_00_00_000_00L * 150)).isEqualTo("Rupees One Hundred Fifty Crore Only");
        assertThat(AmountInWords.of(5)).isEqualTo("Rupees Zero and Five Paise Only");
        assertThat(AmountInWords.number(1_000_00_00_000L)).isEqualTo("One Thousand Crore");
    }
}
