package in.mrmentor.http.invoice;

import in.mrmentor.invoice.Buyer;
import in.mrmentor.invoice.CreditNote;
import in.mrmentor.invoice.GstAuditEntry;
import in.mrmentor.invoice.GstState;
import in.mrmentor.invoice.HsnSac;
import in.mrmentor.invoice.Invoice;
import in.mrmentor.invoice.InvoiceTotals;
import in.mrmentor.invoice.InvoiceView;
import in.mrmentor.invoice.AmountInWords;
import in.mrmentor.invoice.Payment;
import in.mrmentor.invoice.Supplier;
import in.mrmentor.invoice.TaxedLine;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The JSON shapes of the finance routes (FINANCE.md), built from the invoice context's types. */
public final class FinanceJson {

    private FinanceJson() {
    }

    public record StateJson(String code, String name) {
        static StateJson of(GstState state) {
            return new StateJson(state.code(), state.name());
        }
    }

    public record HsnSacJson(String code, String description, BigDecimal ratePercent) {
        static HsnSacJson of(HsnSac entry) {
            return new HsnSacJson(entry.code(), entry.description(), entry.rate().percent());
        }
    }

    public record SupplierJson(String name, String legalName, String gstin, StateJson state, List<String> addressLines,
                               String email, String phone, String website) {
        static SupplierJson of(Supplier s) {
            return new SupplierJson(s.name(), s.legalName(), s.gstin().value(), StateJson.of(s.state()), s.addressLines(),
                    s.email(), s.phone(), s.website());
        }
    }

    public record BuyerJson(String name, String address, String stateCode, String gstin, String email) {
        static BuyerJson of(Buyer b) {
            return new BuyerJson(b.name(), b.address(), b.declaredStateCode(), b.gstin() == null ? null : b.gstin().value(),
                    b.email());
        }
    }

    public record LineJson(int lineNo, String description, String sacCode, long quantity, long unitPricePaise,
                           long discountPaise, BigDecimal ratePercent, long taxablePaise, long cgstPaise, long sgstPaise,
                           long igstPaise, long totalPaise) {
        static LineJson of(TaxedLine l) {
            return new LineJson(l.lineNo(), l.description(), l.sacCode(), l.quantity(), l.unitPricePaise(), l.discountPaise(),
                    l.rate().percent(), l.taxablePaise(), l.cgstPaise(), l.sgstPaise(), l.igstPaise(), l.totalPaise());
        }
    }

    public record TotalsJson(long taxablePaise, long cgstPaise, long sgstPaise, long igstPaise, long roundOffPaise,
                             long totalPaise) {
        static TotalsJson of(InvoiceTotals t) {
            return new TotalsJson(t.taxablePaise(), t.cgstPaise(), t.sgstPaise(), t.igstPaise(), t.roundOffPaise(), t.totalPaise());
        }
    }

    public record CreditNoteJson(UUID id, UUID invoiceId, String number, String fy, Instant issuedAt, String originalNumber,
                                 Instant originalDate, String reason, List<LineJson> lines, TotalsJson totals,
                                 String amountInWords) {
        static CreditNoteJson of(CreditNote n) {
            return new CreditNoteJson(n.id(), n.invoiceId(), n.number().text(), n.number().year().label(), n.issuedAt(),
                    n.originalNumber().text(), n.originalIssuedAt(), n.reason(), n.lines().stream().map(LineJson::of).toList(),
                    TotalsJson.of(n.totals()), AmountInWords.of(n.totals().totalPaise()));
        }
    }

    public record InvoiceJson(UUID id, String number, String series, String fy, Instant issuedAt, SupplierJson supplier,
                              BuyerJson buyer, StateJson placeOfSupply, String supplyType, boolean pricesIncludeTax,
                              boolean reverseCharge, List<LineJson> lines, TotalsJson totals, String amountInWords,
                              String status, long remainingPaise, UUID paymentId, String irn, String ackNo,
                              List<CreditNoteJson> creditNotes) {
        public static InvoiceJson of(Invoice i) {
            return of(InvoiceView.of(i, List.of()));
        }

        static InvoiceJson of(InvoiceView view) {
            var i = view.invoice();
            return new InvoiceJson(i.id(), i.number().text(), i.series().name(), i.year().label(), i.issuedAt(),
                    SupplierJson.of(i.supplier()), BuyerJson.of(i.buyer()), StateJson.of(i.placeOfSupply()),
                    i.supplyType().name(), i.pricesIncludeTax(), i.reverseCharge(), i.lines().stream().map(LineJson::of).toList(),
                    TotalsJson.of(i.totals()), AmountInWords.of(i.totals().totalPaise()), view.status().name(),
                    view.remainingPaise(), i.paymentId(), i.irn(), i.ackNo(),
                    view.creditNotes().stream().map(CreditNoteJson::of).toList());
        }
    }

    /** {@code refundReason}: set on a captured payment that paid for something already paid, saying why it goes back. */
    public record PaymentJson(UUID id, String payerName, String payerEmail, long amountPaise, String currency, String method,
                              String gatewayPaymentId, String orderId, String purpose, String reference, String status,
                              Instant receivedAt, String refundReason) {
        static PaymentJson of(Payment p) {
            return new PaymentJson(p.id(), p.payerName(), p.payerEmail(), p.amountPaise(), p.currency(), p.method().name(),
                    p.gatewayPaymentId(), p.orderId(), p.purpose().name(), p.reference(), p.status().name(), p.receivedAt(),
                    p.refundReason());
        }
    }

    public record AuditEntryJson(long sequence, UUID id, Instant at, String action, UUID invoiceId, String documentNumber,
                                 String actor, String detail) {
        static AuditEntryJson of(GstAuditEntry e) {
            return new AuditEntryJson(e.sequence(), e.id(), e.at(), e.action().name(), e.invoiceId(), e.documentNumber(),
                    e.actor(), e.detail());
        }
    }
}
