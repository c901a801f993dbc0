package in.mrmentor.invoice;

import java.util.ArrayList;
import java.util.List;

/**
 * The tax of FINANCE.md, to the paisa, in integer arithmetic only.
 * <ul>
 * <li>Prices before tax: {@code taxable = quantity x unitPrice - discount}; intra-state
 * {@code cgst = sgst = round_half_up(taxable x rate / 200)}, inter-state
 * {@code igst = round_half_up(taxable x rate / 100)}.</li>
 * <li>Prices including tax: {@code taxable = round_half_up(gross x 100 / (100 + rate))}, the tax is
 * {@code gross - taxable}, split {@code cgst = floor(tax / 2)}, {@code sgst = tax - cgst}.</li>
 * </ul>
 * Rates are in basis points, so "x rate / 100" is "x basisPoints / 10,000".
 */
public final class TaxComputation {

    private TaxComputation() {
    }

    /** A line to tax and the rate its SAC code carries. */
    public record RatedLine(LineItem item, String sacCode, GstRate rate) {
    }

    /** The taxed lines and their totals. */
    public record Result(List<TaxedLine> lines, InvoiceTotals totals) {
        public Result {
            lines = List.copyOf(lines);
        }
    }

    public static Result compute(List<RatedLine> lines, SupplyType supply, boolean pricesIncludeTax,
                                 boolean roundOffToRupee) {
        List<TaxedLine> taxed = new ArrayList<>(lines.size());
        int lineNo = 1;
        for (RatedLine line : lines) {
            taxed.add(taxLine(lineNo++, line, supply, pricesIncludeTax));
        }
        return new Result(taxed, InvoiceTotals.of(taxed, roundOffToRupee));
    }

    public static TaxedLine taxLine(int lineNo, RatedLine line, SupplyType supply, boolean pricesIncludeTax) {
        LineItem item = line.item();
        int bp = line.rate().basisPoints();
        long value = item.valuePaise();
        long taxable;
        long cgst = 0;
        long sgst = 0;
        long igst = 0;
        if (pricesIncludeTax) {
            taxable = roundHalfUp(value * 10_000, 10_000 + bp);
            long tax = value - taxable;
            if (supply == SupplyType.INTRA_STATE) {
                cgst = tax / 2;
                sgst = tax - cgst;
            } else {
                igst = tax;
            }
        } else {
            taxable = value;
            if (supply == SupplyType.INTRA_STATE) {
                cgst = roundHalfUp(taxable * bp, 20_000);
                sgst = cgst;
            } else {
                igst = roundHalfUp(taxable * bp, 10_000);
            }
        }
        return new TaxedLine(lineNo, item.description(), line.sacCode(), item.quantity(), item.unitPricePaise(),
                item.discountPaise(), line.rate(), taxable, cgst, sgst, igst, taxable + cgst + sgst + igst);
    }

    /**
     * Splits a tax-inclusive amount back into taxable value and tax at a rate, as a credit note does
     * with the amount it credits on a line.
     */
    public static TaxedLine splitInclusive(int lineNo, String description, String sacCode, GstRate rate,
                                           long grossPaise, SupplyType supply) {
        var item = new LineItem(description, sacCode, 1, grossPaise, 0);
        return taxLine(lineNo, new RatedLine(item, sacCode, rate), supply, true);
    }

    /** {@code round_half_up(numerator / denominator)} for a non-negative numerator and a positive denominator. */
    public static long roundHalfUp(long numerator, long denominator) {
        if (numerator < 0 || denominator <= 0) {
            throw new IllegalArgumentException("rounds non-negative amounts only");
        }
        long quotient = numerator / denominator;
        long remainder = numerator % denominator;
        return remainder * 2 >= denominator ? quotient + 1 : quotient;
    }
}
