package in.mrmentor.http.invoice;

import in.mrmentor.http.Required;
import in.mrmentor.invoice.Buyer;
import in.mrmentor.invoice.Gstin;
import in.mrmentor.invoice.InvoiceErrors;
import in.mrmentor.invoice.InvoiceSeries;
import in.mrmentor.invoice.IssueInvoice;
import in.mrmentor.invoice.LineItem;
import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.FieldError;
import in.mrmentor.shared.Validation;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The request bodies of the invoice routes and their conversion into the invoice context's types, every
 * failing field named in one answer: an invalid GSTIN is 400 {@code INVALID_GSTIN} naming {@code buyer.gstin},
 * everything else 400 {@code VALIDATION_FAILED}.
 */
public final class InvoiceBodies {

    private InvoiceBodies() {
    }

    public record BuyerBody(String name, String address, String stateCode, String gstin, String email) {
    }

    public record LineBody(String description, String sacCode, Long quantity, Long unitPricePaise, Long discountPaise) {
    }

    public record InvoiceBody(String series, BuyerBody buyer, String placeOfSupply, Boolean pricesIncludeTax,
                              List<LineBody> lines, UUID paymentId) {
    }

    public record PaymentInvoiceBody(String series, BuyerBody buyer, List<LineBody> lines) {
    }

    public record LineCreditBody(Integer lineNo, Long amountPaise) {
    }

    public record CreditNoteBody(@Required String reason, List<LineCreditBody> lines) {
    }

    public record ManualPaymentBody(String payerName, String payerEmail, Long amountPaise, String method, String purpose,
                                    String reference, java.time.Instant receivedAt) {
    }

    public record HsnSacBody(@Required String code, @Required String description, @Required java.math.BigDecimal ratePercent) {
    }

    static InvoiceSeries series(String raw, Validation validation) {
        var series = InvoiceSeries.forInvoices(raw);
        validation.require(series.isPresent(), "series", "must be one of MAS101, MAS102, PAP, AERO, DRO, TOK");
        return series.orElse(null);
    }

    /** The buyer; {@code placeOfSupply}, when given, must agree with the buyer's state. */
    static Buyer buyer(BuyerBody body, String placeOfSupply, Validation validation) {
        if (body == null) {
            validation.require(false, "buyer", "is required");
            return null;
        }
        Gstin gstin = null;
        if (body.gstin() != null && !body.gstin().isBlank()) {
            gstin = Gstin.parse(body.gstin()).orElse(null);
            if (gstin == null) {
                List<FieldError> all = new ArrayList<>(validationErrors(validation));
                throw new DomainException(InvoiceErrors.invalidGstin("buyer.gstin").kind(), InvoiceErrors.INVALID_GSTIN,
                        "The GSTIN is not valid.", concat(all, InvoiceErrors.invalidGstin("buyer.gstin").fieldErrors()));
            }
        }
        String state = blankToNull(body.stateCode());
        validation.require(gstin != null || state != null, "buyer.stateCode",
                "is required for a buyer without a GSTIN (the place of supply)");
        // The domain's Buyer may lack both (a token purchase's buyer has no address on record), but an
        // invoice issued by hand names them: CGST Rule 46 wants the recipient's address, and the PDF is
        // mailed to the buyer (FINANCE.md "PDF").
        validation.require(blankToNull(body.address()) != null, "buyer.address", "is required")
                .require(blankToNull(body.email()) != null, "buyer.email", "is required");
        String pos = blankToNull(placeOfSupply);
        String declared = gstin != null ? gstin.stateCode() : state;
        validation.require(pos == null || pos.equals(declared), "placeOfSupply",
                "must be the buyer's state (" + declared + ")");
        if (!validation.ok()) {
            return null;
        }
        try {
            return new Buyer(body.name(), blankToNull(body.address()), state, gstin, blankToNull(body.email()));
        } catch (DomainException e) {
            e.fieldErrors().forEach(f -> validation.require(false, f.field(), f.message()));
            return null;
        }
    }

    private static List<FieldError> concat(List<FieldError> a, List<FieldError> b) {
        List<FieldError> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The errors collected so far, by asking the validation to throw them. */
    private static List<FieldError> validationErrors(Validation validation) {
        try {
            validation.orThrow();
            return List.of();
        } catch (DomainException e) {
            return e.fieldErrors();
        }
    }

    static List<LineItem> lines(List<LineBody> bodies, boolean required, Validation validation) {
        if (bodies == null || bodies.isEmpty()) {
            validation.require(!required, "lines", "must hold 1 to " + IssueInvoice.MAX_LINES + " lines");
            return List.of();
        }
        validation.require(bodies.size() <= IssueInvoice.MAX_LINES, "lines", "must hold 1 to " + IssueInvoice.MAX_LINES + " lines");
        List<LineItem> lines = new ArrayList<>();
        for (int i = 0; i < bodies.size(); i++) {
            LineBody body = bodies.get(i);
            String prefix = "lines[" + i + "].";
            if (body == null) {
                validation.require(false, "lines[" + i + "]", "is required");
                continue;
            }
            validation.require(body.quantity() != null, prefix + "quantity", "is required")
                    .require(body.unitPricePaise() != null, prefix + "unitPricePaise", "is required");
            if (body.quantity() == null || body.unitPricePaise() == null) {
                continue;
            }
            long discount = body.discountPaise() == null ? 0 : body.discountPaise();
            String sac = blankToNull(body.sacCode());
            var lineValidation = new Validation();
            LineItem.check(lineValidation, prefix, body.description(), sac, body.quantity(), body.unitPricePaise(), discount);
            validationErrors(lineValidation).forEach(f -> validation.require(false, f.field(), f.message()));
            if (lineValidation.ok()) {
                lines.add(new LineItem(body.description(), sac, body.quantity(), body.unitPricePaise(), discount));
            }
        }
        if (validation.ok()) {
            long total = 0;
            for (LineItem line : lines) {
                total += line.valuePaise();
            }
            validation.require(total < LineItem.MAX_AMOUNT_PAISE, "lines",
                    "the invoice's value must stay below " + LineItem.MAX_AMOUNT_PAISE + " paise");
        }
        return lines;
    }

    static IssueInvoice.Command issue(InvoiceBody body, String trigger) {
        var validation = new Validation();
        var series = series(body.series(), validation);
        var lines = lines(body.lines(), true, validation);
        var buyer = buyer(body.buyer(), body.placeOfSupply(), validation);
        validation.orThrow();
        return new IssueInvoice.Command(series, buyer, Boolean.TRUE.equals(body.pricesIncludeTax()), lines,
                body.paymentId(), trigger);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
