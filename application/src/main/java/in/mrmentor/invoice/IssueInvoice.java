package in.mrmentor.invoice;

import in.mrmentor.notification.Notice;
import in.mrmentor.notification.NotificationType;
import in.mrmentor.notification.Notifier;
import in.mrmentor.invoice.port.DocumentJobs;
import in.mrmentor.invoice.port.GstAuditLog;
import in.mrmentor.invoice.port.GstStates;
import in.mrmentor.invoice.port.HsnSacCodes;
import in.mrmentor.invoice.port.Invoices;
import in.mrmentor.invoice.port.Payments;
import in.mrmentor.invoice.port.SeriesCounters;
import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Issues a tax invoice: place of supply from the buyer, tax per line to the paisa, the next number of
 * the series in the financial year of now (business time zone), an audit entry and the PDF job, all
 * in one transaction. Called inside another use case's transaction (a fee paid, a token purchase
 * completed) it joins it, so the invoice and the step it bills commit or roll back together. A refused
 * or rolled-back issue never consumed a number.
 */
public final class IssueInvoice {
    public static final int MAX_LINES = 50;

    /**
     * @param paymentId the receipt this invoice bills, or null; a receipt is invoiced at most once
     * @param trigger   who or what issues it, for the audit log: {@code user:<id>}, {@code token-purchase:<id>}, ...
     */
    public record Command(InvoiceSeries series, Buyer buyer, boolean pricesIncludeTax, List<LineItem> lines,
                          UUID paymentId, String trigger) {
        public Command {
            new Validation()
                    .require(series != null && series != InvoiceSeries.CN, "series", "must be one of MAS101, MAS102, PAP, AERO, DRO, TOK")
                    .require(buyer != null, "buyer", "is required")
                    .require(lines != null && !lines.isEmpty() && lines.size() <= MAX_LINES, "lines",
                            "must hold 1 to " + MAX_LINES + " lines")
                    .requireText(trigger, "trigger", 200)
                    .orThrow();
            lines = List.copyOf(lines);
            long total = 0;
            for (LineItem line : lines) {
                total += line.valuePaise();
            }
            if (total >= LineItem.MAX_AMOUNT_PAISE) {
                throw Validation.invalid("lines", "the invoice's value must stay below " + LineItem.MAX_AMOUNT_PAISE + " paise");
            }
        }

        /** One tax-inclusive line: a fee or a purchase whose price already contains GST. */
        public static Command inclusive(InvoiceSeries series, Buyer buyer, String description, long grossPaise,
                                        UUID paymentId, String trigger) {
            return new Command(series, buyer, true, List.of(new LineItem(description, null, 1, grossPaise, 0)),
                    paymentId, trigger);
        }
    }

    private final Invoices invoices;
    private final SeriesCounters counters;
    private final GstStates states;
    private final HsnSacCodes hsnSac;
    private final Payments payments;
    private final GstAuditLog audit;
    private final DocumentJobs documents;
    private final Notifier notifier;
    private final InvoicingTerms terms;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public IssueInvoice(Invoices invoices, SeriesCounters counters, GstStates states, HsnSacCodes hsnSac,
                        Payments payments, GstAuditLog audit, DocumentJobs documents, Notifier notifier,
                        InvoicingTerms terms, Transactions transactions, Clock clock, Ids ids) {
        this.invoices = invoices;
        this.counters = counters;
        this.states = states;
        this.hsnSac = hsnSac;
        this.payments = payments;
        this.audit = audit;
        this.documents = documents;
        this.notifier = notifier;
        this.terms = terms;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    /**
     * @throws in.mrmentor.shared.DomainException 400 {@code VALIDATION_FAILED} (unknown state or SAC code,
     *         exports), 404 {@code PAYMENT_NOT_FOUND}, 409 {@code ALREADY_INVOICED}, {@code PAYMENT_NOT_CAPTURED}, {@code PAYMENT_TO_REFUND},
     *         {@code SERIES_EXHAUSTED}
     */
    public Invoice issue(Command command) {
        Objects.requireNonNull(command, "command");
        return transactions.inTransaction(() -> {
            if (command.paymentId() != null) {
                var payment = payments.lock(command.paymentId()).orElseThrow(InvoiceErrors::paymentNotFound);
                if (payment.status() != PaymentStatus.CAPTURED) {
                    throw InvoiceErrors.paymentNotCaptured();
                }
                if (payment.refundReason() != null) {
                    throw InvoiceErrors.paymentToRefund(payment.refundReason());
                }
                invoices.findByPayment(payment.id()).ifPresent(existing -> {
                    throw InvoiceErrors.alreadyInvoiced(existing.number().text());
                });
            }
            GstState place = placeOfSupply(command.buyer());
            SupplyType supply = SupplyType.between(terms.supplier().state().code(), place.code());
            var taxed = TaxComputation.compute(rated(command.lines()), supply, command.pricesIncludeTax(), terms.roundOff());
            var now = clock.instant();
            var year = FinancialYear.of(now, terms.businessZone());
            String prefix = terms.prefixOf(command.series());
            long sequence = counters.next(prefix, year);
            if (!InvoiceNumber.fits(prefix, sequence)) {
                throw InvoiceErrors.seriesExhausted(prefix, year);
            }
            var invoice = new Invoice(ids.next(), command.series(), new InvoiceNumber(prefix, year, sequence), now,
                    terms.supplier(), command.buyer(), place, supply, command.pricesIncludeTax(), false, taxed.lines(),
                    taxed.totals(), command.paymentId(), command.trigger(), null, null);
            invoices.add(invoice);
            audit.append(GstAuditEntry.of(ids.next(), now, GstAuditEntry.Action.INVOICE_ISSUED, invoice.id(),
                    invoice.number().text(), command.trigger(), "total " + taxed.totals().totalPaise() + " paise"));
            documents.renderAndMail(invoice.id());
            return invoice;
        });
    }

    /**
     * Issues as {@link #issue(Command)} an invoice whose buyer is a user of the platform (a fee, a
     * token purchase), and tells them in-app in the same transaction (API.md: "invoice issued").
     */
    public Invoice issueTo(UUID buyerUserId, Command command) {
        Objects.requireNonNull(buyerUserId, "buyerUserId");
        return transactions.inTransaction(() -> {
            Invoice invoice = issue(command);
            String number = invoice.number().text();
            notifier.notify(new Notice(buyerUserId, NotificationType.INVOICE_ISSUED, "Tax invoice " + number,
                    "Your tax invoice " + number + " of " + RenderInvoiceDocument.rupees(invoice.totals().totalPaise())
                            + " is issued" + (command.buyer().email() == null ? "." : " and mailed to you."), null));
            return invoice;
        });
    }

    private GstState placeOfSupply(Buyer buyer) {
        String code = buyer.declaredStateCode() != null ? buyer.declaredStateCode() : terms.supplier().state().code();
        String field = buyer.gstin() != null ? "buyer.gstin" : "buyer.stateCode";
        if (GstState.OTHER_COUNTRIES.equals(code)) {
            throw Validation.invalid(field, "exports (state code 96) are not invoiced here");
        }
        return states.find(code).orElseThrow(() -> Validation.invalid(field, "names no GST state code (" + code + ")"));
    }

    private List<TaxComputation.RatedLine> rated(List<LineItem> lines) {
        var validation = new Validation();
        List<TaxComputation.RatedLine> rated = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            LineItem line = lines.get(i);
            String sac = line.sacCode() != null ? line.sacCode() : terms.defaultSacCode();
            // The configured GLOBAL_INVOICE_GST_RATE governs the default code; other codes carry the master's rate.
            GstRate rate = sac.equals(terms.defaultSacCode()) ? terms.defaultRate()
                    : hsnSac.find(sac).map(HsnSac::rate).orElse(null);
            validation.require(rate != null, "lines[" + i + "].sacCode", "is not in the HSN/SAC master");
            if (rate != null) {
                rated.add(new TaxComputation.RatedLine(line, sac, rate));
            }
        }
        validation.orThrow();
        return rated;
    }
}
