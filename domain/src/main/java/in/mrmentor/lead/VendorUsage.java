package in.mrmentor.lead;

import java.time.LocalDate;

/** One key's traffic on one business day (the seed's VendorApiKeyAccessSummary). */
public record VendorUsage(LocalDate date, long requests, long accepted, long duplicates, long rejected) {

    /** What a request counts as, besides being a request. */
    public enum Outcome { NONE, ACCEPTED, DUPLICATE, REJECTED }
}
