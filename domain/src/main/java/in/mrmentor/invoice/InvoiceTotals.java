package in.mrmentor.invoice;

import java.util.List;

/** Sums of an invoice's lines, plus the optional round-off to the nearest rupee. */
public record InvoiceTotals(long taxablePaise, long cgstPaise, long sgstPaise, long igstPaise, long roundOffPaise,
                            long totalPaise) {
    public InvoiceTotals {
        if (taxablePaise + cgstPaise + sgstPaise + igstPaise + roundOffPaise != totalPaise) {
            throw new IllegalArgumentException("totals add up");
        }
    }

    public static InvoiceTotals of(List<TaxedLine> lines, boolean roundOffToRupee) {
        long taxable = 0;
        long cgst = 0;
        long sgst = 0;
        long igst = 0;
        for (TaxedLine line : lines) {
            taxable += line.taxablePaise();
            cgst += line.cgstPaise();
            sgst += line.sgstPaise();
            igst += line.igstPaise();
        }
        long beforeRounding = taxable + cgst + sgst + igst;
        long roundOff = roundOffToRupee ? TaxComputation.roundHalfUp(beforeRounding, 100) * 100 - beforeRounding : 0;
        return new InvoiceTotals(taxable, cgst, sgst, igst, roundOff, beforeRounding + roundOff);
    }

    public long taxPaise() {
        return cgstPaise + sgstPaise + igstPaise;
    }
}
