package in.mrmentor.identity;

import in.mrmentor.identity.port.LoginAttempts;
import in.mrmentor.identity.port.OneTimeCodes;
import in.mrmentor.identity.port.RefreshTokens;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Deletes the sign-in rows that can no longer change any decision: refresh-token families that
 * expired long ago, failed sign-ins far outside the throttle window, and mailed codes long expired.
 * The seed's cleanup worker deleted stale rows too; without it these tables only ever grow. Every
 * row is kept a while past the point where it stops mattering, so support can still see what
 * happened to a session the day before.
 */
public final class PurgeStaleSessions {

    /**
     * How long rows are kept after they stop mattering.
     *
     * @param refreshTokensAfterExpiry a family is kept this long after its last token expired
     * @param loginAttemptsAfterWindow a failure is kept this long after it left the throttle window
     * @param oneTimeCodesAfterExpiry  a mailed code is kept this long after it expired
     */
    public record Retention(Duration refreshTokensAfterExpiry, Duration loginAttemptsAfterWindow,
                            Duration oneTimeCodesAfterExpiry) {
        public Retention {
            requireNotNegative(refreshTokensAfterExpiry, "refreshTokensAfterExpiry");
            requireNotNegative(loginAttemptsAfterWindow, "loginAttemptsAfterWindow");
            requireNotNegative(oneTimeCodesAfterExpiry, "oneTimeCodesAfterExpiry");
        }

        /** 30 days for refresh tokens, a day for failed sign-ins and for mailed codes. */
        public static Retention defaults() {
            return new Retention(Duration.ofDays(30), Duration.ofDays(1), Duration.ofDays(1));
        }

        private static void requireNotNegative(Duration value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isNegative()) {
                throw new IllegalArgumentException(name + " must not be negative");
            }
        }
    }

    /** How many rows of each kind one purge deleted. */
    public record Purged(long refreshTokens, long loginAttempts, long oneTimeCodes) {
        public Purged {
            if (refreshTokens < 0 || loginAttempts < 0 || oneTimeCodes < 0) {
                throw new IllegalArgumentException("counts are never negative");
            }
        }

        /** The counts by kind of row, in a stable order, for logs and job reports. */
        public Map<String, Long> byKind() {
            Map<String, Long> counts = new LinkedHashMap<>();
            counts.put("refreshTokens", refreshTokens);
            counts.put("loginAttempts", loginAttempts);
            counts.put("oneTimeCodes", oneTimeCodes);
            return counts;
        }
    }

    private final RefreshTokens refreshTokens;
    private final LoginAttempts loginAttempts;
    private final OneTimeCodes oneTimeCodes;
    private final Transactions transactions;
    private final Clock clock;
    private final LoginThrottle throttle;
    private final Retention retention;

    /** @param throttle the throttle sign-ins are judged by, so no failure inside its window is ever deleted */
    public PurgeStaleSessions(RefreshTokens refreshTokens, LoginAttempts loginAttempts, OneTimeCodes oneTimeCodes,
                              Transactions transactions, Clock clock, LoginThrottle throttle, Retention retention) {
        this.refreshTokens = Objects.requireNonNull(refreshTokens, "refreshTokens");
        this.loginAttempts = Objects.requireNonNull(loginAttempts, "loginAttempts");
        this.oneTimeCodes = Objects.requireNonNull(oneTimeCodes, "oneTimeCodes");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.throttle = Objects.requireNonNull(throttle, "throttle");
        this.retention = Objects.requireNonNull(retention, "retention");
    }

    public Purged purge() {
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            long tokens = refreshTokens.purgeExpiredBefore(now.minus(retention.refreshTokensAfterExpiry()));
            long attempts = loginAttempts.purgeOlderThan(
                    throttle.windowStart(now).minus(retention.loginAttemptsAfterWindow()));
            long codes = oneTimeCodes.purgeExpiredBefore(now.minus(retention.oneTimeCodesAfterExpiry()));
            return new Purged(tokens, attempts, codes);
        });
    }
}
