package in.mrmentor.invoice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * An Indian financial year, April to March, named by the year it starts in. Which year an instant
 * belongs to is decided in the business time zone: 31 March 18:30 UTC is already 1 April in India.
 */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

    public FinancialYear {
        if (startYear < 2000 || startYear > 9998) {
            throw new IllegalArgumentException("a financial year from 2000-01 to 9998-99");
        }
    }

    public static FinancialYear of(Instant at, ZoneId zone) {
        return of(LocalDate.ofInstant(at, zone));
    }

    public static FinancialYear of(LocalDate day) {
        return new FinancialYear(day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1);
    }

    /** Reads {@code 2026-27} (or {@code 2627}). */
    public static FinancialYear parse(String text) {
        if (text != null && text.matches("[0-9]{4}-[0-9]{2}")) {
            int start = Integer.parseInt(text.substring(0, 4));
            if ((start + 1) % 100 == Integer.parseInt(text.substring(5))) {
                return new FinancialYear(start);
            }
        }
        if (text != null && text.matches("[0-9]{4}")) {
            int start = 2000 + Integer.parseInt(text.substring(0, 2));
            if ((start + 1) % 100 == Integer.parseInt(text.substring(2))) {
                return new FinancialYear(start);
            }
        }
        throw new IllegalArgumentException("a financial year is written 2026-27");
    }

    /** {@code 2627} for 2026-27, as it appears inside invoice numbers. */
    public String code() {
        return String.format("%02d%02d", startYear % 100, (startYear + 1) % 100);
    }

    /** {@code 2026-27}. */
    public String label() {
        return String.format("%d-%02d", startYear, (startYear + 1) % 100);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, 4, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, 3, 31);
    }

    @Override
    public int compareTo(FinancialYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return label();
    }
}
