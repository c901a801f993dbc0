package in.mrmentor.external.lead;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LibPhoneNumbersTest {
    private final LibPhoneNumbers phones = new LibPhoneNumbers();

    @Test
    void everyWayOfWritingAnIndianMobileIsOneNumber() {
        assertThat(phones.toE164("+91 98765 43210")).contains("+919876543210");
        assertThat(phones.toE164("09876543210")).contains("+919876543210");
        assertThat(phones.toE164("98765-43210")).contains("+919876543210");
        assertThat(phones.toE164("+44 20 7946 0958")).contains("+442079460958");
    }

    @Test
    void whatIsNoValidNumberIsRefused() {
        assertThat(phones.toE164("12")).isEmpty();
        assertThat(phones.toE164("abc")).isEmpty();
        assertThat(phones.toE164("12345")).isEmpty();
        assertThat(phones.toE164("")).isEmpty();
        assertThat(phones.toE164(null)).isEmpty();
        assertThat(phones.toE164("9".repeat(100))).isEmpty();
    }
}
