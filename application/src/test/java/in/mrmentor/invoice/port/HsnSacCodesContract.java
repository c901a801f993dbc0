package in.mrmentor.invoice.port;

import in.mrmentor.testing.Race;

import in.mrmentor.invoice.GstRate;
import in.mrmentor.invoice.HsnSac;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** What every adapter of {@link HsnSacCodes} must do: start with the coaching SAC, and hold each code once. */
public abstract class HsnSacCodesContract {
    private static final HsnSac COACHING =
            new HsnSac(HsnSac.COACHING, "Commercial training and coaching services", GstRate.percent(18));

    protected HsnSacCodes codes;

    protected abstract HsnSacCodes newCodes();

    @BeforeEach
    void freshCodes() {
        codes = newCodes();
    }

    @Test
    void theMasterStartsWithOnlyTheCoachingSacAtEighteenPercent() {
        assertThat(codes.all()).containsExactly(COACHING);
        assertThat(codes.find("999293")).contains(COACHING);
    }

    @Test
    void aCodeIsFoundWholeNeverByItsPrefix() {
        assertThat(codes.find("9992")).isEmpty();
        assertThat(codes.find("99929300")).isEmpty();
        assertThat(codes.find("49011010")).isEmpty();
    }

    @Test
    void anAddedCodeIsFoundWithItsFractionalRateAndListedByCode() {
        var diamonds = new HsnSac("7102", "Diamonds", GstRate.percent(new BigDecimal("0.25")));
        var books = new HsnSac("49011010", "Printed books", GstRate.percent(0));

        assertThat(codes.add(diamonds)).isTrue();
        assertThat(codes.add(books)).isTrue();

        assertThat(codes.find("7102")).contains(diamonds);
        assertThat(codes.find("49011010")).contains(books);
        assertThat(codes.all()).containsExactly(books, diamonds, COACHING);
    }

    @Test
    void aCodeAlreadyInTheMasterIsRefusedAndKeepsItsDescriptionAndRate() {
        assertThat(codes.add(new HsnSac(HsnSac.COACHING, "Coaching at a lower rate", GstRate.percent(5)))).isFalse();

        assertThat(codes.find(HsnSac.COACHING)).contains(COACHING);
        assertThat(codes.all()).containsExactly(COACHING);
    }

    @Test
    void racingAddsOfOneCodeRecordItOnce() throws Exception {
        var added = Race.each(8, i -> () -> codes.add(new HsnSac("49011010", "Printed books, entry " + i,
                GstRate.percent(i))));

        assertThat(added).containsOnlyOnce(true);
        assertThat(codes.all()).extracting(HsnSac::code).containsExactly("49011010", HsnSac.COACHING);
    }
}
