package in.mrmentor.invoice;

import in.mrmentor.invoice.port.SeriesCounters;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * How full each series is in the current financial year: a number holds at most 16 characters, so
 * {@code MAS101} holds 9,999 invoices a year. Start-up and {@code /metrics} warn past 90 %.
 */
public final class SeriesUsage {
    public static final double WARNING_RATIO = 0.9;

    public record Usage(InvoiceSeries series, String prefix, FinancialYear year, long used, long capacity) {
        public double ratio() {
            return (double) used / capacity;
        }

        public boolean nearlyFull() {
            return ratio() > WARNING_RATIO;
        }
    }

    private final SeriesCounters counters;
    private final InvoicingTerms terms;
    private final Clock clock;

    public SeriesUsage(SeriesCounters counters, InvoicingTerms terms, Clock clock) {
        this.counters = counters;
        this.terms = terms;
        this.clock = clock;
    }

    public List<Usage> current() {
        var year = FinancialYear.of(clock.instant(), terms.businessZone());
        List<Usage> usage = new ArrayList<>();
        for (InvoiceSeries series : InvoiceSeries.values()) {
            String prefix = terms.prefixOf(series);
            usage.add(new Usage(series, prefix, year, counters.last(prefix, year), InvoiceNumber.capacity(prefix)));
        }
        return usage;
    }
}
