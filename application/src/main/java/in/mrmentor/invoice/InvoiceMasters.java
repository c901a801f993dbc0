package in.mrmentor.invoice;

import in.mrmentor.invoice.port.GstStates;
import in.mrmentor.invoice.port.HsnSacCodes;
import in.mrmentor.shared.Validation;

import java.util.List;

/** The masters finance reads (state codes, HSN/SAC codes) and the one it extends (HSN/SAC). */
public final class InvoiceMasters {
    private final GstStates states;
    private final HsnSacCodes hsnSac;

    public InvoiceMasters(GstStates states, HsnSacCodes hsnSac) {
        this.states = states;
        this.hsnSac = hsnSac;
    }

    public List<GstState> states() {
        return states.all();
    }

    public List<HsnSac> hsnSacCodes() {
        return hsnSac.all();
    }

    /** @throws in.mrmentor.shared.DomainException 409 {@code HSN_SAC_EXISTS} */
    public HsnSac addHsnSac(HsnSac entry) {
        if (!hsnSac.add(entry)) {
            throw InvoiceErrors.hsnSacExists(entry.code());
        }
        return entry;
    }

    /** Reads a rate percent such as {@code 18} or {@code 0.25} into a rate, naming {@code field} when it is not one. */
    public static GstRate rate(java.math.BigDecimal percent, String field) {
        try {
            if (percent == null) {
                throw Validation.invalid(field, "is required");
            }
            return GstRate.percent(percent);
        } catch (ArithmeticException | IllegalArgumentException e) {
            throw Validation.invalid(field, "must be a percentage from 0 to 100 with at most two decimals");
        }
    }
}
