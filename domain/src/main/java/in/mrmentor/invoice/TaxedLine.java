package in.mrmentor.invoice;

import java.util.Objects;

/**
 * A line with its tax worked out to the paisa: {@code taxable + cgst + sgst + igst = total}. In a
 * union territory without a legislature the {@code sgst} amounts are UTGST (same rate, same place).
 */
public record TaxedLine(int lineNo, String description, String sacCode, long quantity, long unitPricePaise,
                        long discountPaise, GstRate rate, long taxablePaise, long cgstPaise, long sgstPaise,
                        long igstPaise, long totalPaise) {
    public TaxedLine {
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(sacCode, "sacCode");
        Objects.requireNonNull(rate, "rate");
        if (lineNo < 1) {
            throw new IllegalArgumentException("lines are numbered from 1");
        }
        if (taxablePaise < 0 || cgstPaise < 0 || sgstPaise < 0 || igstPaise < 0
                || taxablePaise + cgstPaise + sgstPaise + igstPaise != totalPaise) {
            throw new IllegalArgumentException("a line's taxable value and taxes add up to its total");
        }
    }

    public long taxPaise() {
        return cgstPaise + sgstPaise + igstPaise;
    }
}
