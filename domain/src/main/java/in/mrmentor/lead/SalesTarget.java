package in.mrmentor.lead;

import java.time.YearMonth;
import java.util.Objects;
import java.util.UUID;

/** What a salesperson should reach in a month (the seed's SalespersonTarget); money in paise. */
public record SalesTarget(UUID userId, YearMonth period, long conversions, long revenuePaise) {
    public SalesTarget {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(period, "period");
        if (conversions < 0 || revenuePaise < 0) {
            throw new IllegalArgumentException("targets are never negative");
        }
    }
}
