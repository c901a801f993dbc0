package in.mrmentor.invoice.port;

import in.mrmentor.invoice.GstRate;
import in.mrmentor.invoice.HsnSac;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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
        int racers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> added = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                var entry = new HsnSac("49011010", "Printed books, entry " + i, GstRate.percent(i));
                added.add(pool.submit(() -> {
                    start.await();
                    return codes.add(entry);
                }));
            }
            start.countDown();
            int won = 0;
            for (Future<Boolean> outcome : added) {
                won += outcome.get() ? 1 : 0;
            }

            assertThat(won).isEqualTo(1);
            assertThat(codes.all()).extracting(HsnSac::code).containsExactly("49011010", HsnSac.COACHING);
        } finally {
            pool.shutdownNow();
        }
    }
}
