package in.mrmentor.lead.port;

import java.time.Instant;

/**
 * Requests counted per key and fixed window in the shared database, so every server process counts
 * one vendor key (or one client address) together.
 */
@FunctionalInterface
public interface RequestCounting {

    /** Counts one request and answers the window's total, this one included; atomic under concurrency. */
    long countOne(String key, Instant windowStart);
}
