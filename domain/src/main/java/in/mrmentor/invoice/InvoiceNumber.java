package in.mrmentor.invoice;

import java.util.Objects;

/**
 * {@code PREFIX/YYZZ/N}, N zero-padded to at least four digits: a consecutive serial of at most 16
 * characters (letters, digits, {@code -} and {@code /}), unique in its financial year (CGST Rule 46(b)).
 */
public record InvoiceNumber(String prefix, FinancialYear year, long sequence) {
    public static final int MAX_LENGTH = 16;
    public static final int MAX_PREFIX_LENGTH = 6;

    public InvoiceNumber {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(year, "year");
        if (!isValidPrefix(prefix)) {
            throw new IllegalArgumentException("a prefix is 1 to 6 letters, digits or '-'");
        }
        if (sequence < 1 || !fits(prefix, sequence)) {
            throw new IllegalArgumentException("sequence " + sequence + " does not fit the series " + prefix);
        }
    }

    public static boolean isValidPrefix(String prefix) {
        return prefix != null && prefix.matches("[A-Za-z0-9-]{1," + MAX_PREFIX_LENGTH + "}");
    }

    /** Whether the number with this sequence stays within 16 characters. */
    public static boolean fits(String prefix, long sequence) {
        return prefix.length() + 6 + Math.max(4, Long.toString(sequence).length()) <= MAX_LENGTH;
    }

    /** The largest sequence of a prefix: 9,999 for {@code MAS101}, 9,999,999 for {@code PAP}. */
    public static long capacity(String prefix) {
        int digits = MAX_LENGTH - 6 - prefix.length();
        long capacity = 1;
        for (int i = 0; i < digits; i++) {
            capacity *= 10;
        }
        return capacity - 1;
    }

    public String text() {
        return prefix + "/" + year.code() + "/" + String.format("%04d", sequence);
    }

    @Override
    public String toString() {
        return text();
    }
}
