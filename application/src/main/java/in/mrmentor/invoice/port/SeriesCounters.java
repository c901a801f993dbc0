package in.mrmentor.invoice.port;

import in.mrmentor.invoice.FinancialYear;

/**
 * The last number taken in each series and financial year. Taking one holds the counter's row
 * locked until the caller's unit of work ends: a racing issuer waits, and a rolled-back issue never
 * took a number, so numbers are consecutive with no gap and never shared (CGST Rule 46(b)).
 */
public interface SeriesCounters {

    /** Takes the next number (1 for a fresh year) inside the caller's transaction. */
    long next(String prefix, FinancialYear year);

    /** The last number taken, 0 when none. */
    long last(String prefix, FinancialYear year);

    /** Every financial year any series has taken a number in. */
    java.util.List<FinancialYear> years();
}
