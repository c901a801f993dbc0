package in.mrmentor.invoice;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FinancialYearTest {
    private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

    @Test
    void thirtyFirstMarchEighteenThirtyUtcIsAlreadyTheNextYearInIndia() {
        assertThat(FinancialYear.of(Instant.parse("2027-03-31T18:29:59Z"), INDIA)).isEqualTo(new FinancialYear(2026));
        assertThat(FinancialYear.of(Instant.parse("2027-03-31T18:30:00Z"), INDIA)).isEqualTo(new FinancialYear(2027));
        assertThat(FinancialYear.of(Instant.parse("2027-03-31T19:00:00Z"), INDIA).label()).isEqualTo("2027-28");
    }

    @Test
    void aYearIsWrittenBothWays() {
        var year = FinancialYear.parse("2026-27");

        assertThat(year.code()).isEqualTo("2627");
        assertThat(year.label()).isEqualTo("2026-27");
        assertThat(FinancialYear.parse("2627")).isEqualTo(year);
        assertThat(new FinancialYear(2099).code()).isEqualTo("9900");
        assertThatThrownBy(() -> FinancialYear.parse("2026-28")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void numbersHoldAtMostSixteenCharacters() {
        var year = new FinancialYear(2026);

        assertThat(new InvoiceNumber("MAS101", year, 42).text()).isEqualTo("MAS101/2627/0042");
        assertThat(InvoiceNumber.capacity("MAS101")).isEqualTo(9_999);
        assertThat(InvoiceNumber.capacity("PAP")).isEqualTo(9_999_999);
        assertThat(InvoiceNumber.fits("MAS101", 10_000)).isFalse();
        assertThat(new InvoiceNumber("PAP", year, 9_999_999).text()).hasSize(16);
        assertThat(InvoiceNumber.isValidPrefix("MAS1011")).isFalse();
    }
}
