package in.mrmentor.lead;

import in.mrmentor.shared.Validation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** The sales team works in India: "today", a due list and a target month are days of Asia/Kolkata. */
public final class BusinessTime {
    public static final ZoneId ZONE = ZoneId.of("Asia/Kolkata");
    private static final Pattern PERIOD = Pattern.compile("[0-9]{4}-[0-9]{2}");

    private BusinessTime() {
    }

    public static LocalDate today(Instant now) {
        return now.atZone(ZONE).toLocalDate();
    }

    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    /** A target period {@code YYYY-MM}, refused as {@code field} otherwise. */
    public static YearMonth period(String raw, String field) {
        if (raw != null && PERIOD.matcher(raw).matches()) {
            try {
                YearMonth month = YearMonth.parse(raw);
                if (month.getYear() >= 2000 && month.getYear() <= 2999) {
                    return month;
                }
            } catch (DateTimeParseException ignored) {
                // refused below
            }
        }
        throw Validation.invalid(field, "must be a month YYYY-MM");
    }

    public static Instant startOf(YearMonth month) {
        return startOf(month.atDay(1));
    }

    public static Instant endOf(YearMonth month) {
        return startOf(month.plusMonths(1).atDay(1));
    }
}
