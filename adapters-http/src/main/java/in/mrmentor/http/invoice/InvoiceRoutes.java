package in.mrmentor.http.invoice;

import in.mrmentor.http.Access;
import in.mrmentor.http.Idempotent;
import in.mrmentor.http.Input;
import in.mrmentor.http.ListPage;
import in.mrmentor.http.Route;
import in.mrmentor.identity.Role;
import in.mrmentor.invoice.FinancialYear;
import in.mrmentor.invoice.InvoiceErrors;
import in.mrmentor.invoice.InvoiceSeries;
import in.mrmentor.invoice.IssueCreditNote;
import in.mrmentor.invoice.IssueInvoice;
import in.mrmentor.invoice.ListInvoices;
import in.mrmentor.invoice.RenderInvoiceDocument;
import in.mrmentor.invoice.ShowInvoice;
import in.mrmentor.invoice.port.InvoiceFilter;
import in.mrmentor.shared.ErrorKind;
import in.mrmentor.shared.Validation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static in.mrmentor.http.invoice.FinanceJson.CreditNoteJson;
import static in.mrmentor.http.invoice.FinanceJson.InvoiceJson;

/** Tax invoices and their credit notes: SUPERADMIN issues, ADMIN reads. */
public final class InvoiceRoutes implements FinanceRouteGroup {
    private final IssueInvoice issueInvoice;
    private final ListInvoices listInvoices;
    private final ShowInvoice showInvoice;
    private final RenderInvoiceDocument documents;
    private final IssueCreditNote issueCreditNote;
    private final Idempotent idempotent;

    public InvoiceRoutes(IssueInvoice issueInvoice, ListInvoices listInvoices, ShowInvoice showInvoice,
                         RenderInvoiceDocument documents, IssueCreditNote issueCreditNote, Idempotent idempotent) {
        this.issueInvoice = issueInvoice;
        this.listInvoices = listInvoices;
        this.showInvoice = showInvoice;
        this.documents = documents;
        this.issueCreditNote = issueCreditNote;
        this.idempotent = idempotent;
    }

    @Override
    public List<Route> routes() {
        Access superadmin = Access.roles(Role.SUPERADMIN);
        Access admin = Access.roles(Role.ADMIN);
        return List.of(
                Route.post("/api/finance/invoices", superadmin,
                        "Issue a tax invoice: CGST + SGST within the supplier's state, IGST across states (Idempotency-Key)",
                        idempotent.handler(ctx -> {
                            String trigger = FinanceRouteGroup.trigger(ctx);
                            var invoice = issueInvoice.issue(Input.json(ctx, InvoiceBodies.InvoiceBody.class,
                                    body -> InvoiceBodies.issue(body, trigger)));
                            return new Idempotent.Reply(201, InvoiceJson.of(invoice));
                        }))
                        .withBody(InvoiceBodies.InvoiceBody.class).returns(201, InvoiceJson.class).idempotent()
                        .error(ErrorKind.INVALID, InvoiceErrors.INVALID_GSTIN)
                        .error(ErrorKind.NOT_FOUND, InvoiceErrors.PAYMENT_NOT_FOUND)
                        .error(ErrorKind.CONFLICT, InvoiceErrors.ALREADY_INVOICED)
                        .error(ErrorKind.CONFLICT, InvoiceErrors.PAYMENT_NOT_CAPTURED)
                        .error(ErrorKind.CONFLICT, InvoiceErrors.PAYMENT_TO_REFUND)
                        .error(ErrorKind.CONFLICT, InvoiceErrors.SERIES_EXHAUSTED),
                Route.get("/api/finance/invoices", admin, "Issued invoices, newest first", ctx -> {
                    var filter = new InvoiceFilter(fy(ctx.queryParam("fy")), seriesQuery(ctx.queryParam("series")),
                            Input.instantQuery(ctx, "from"), Input.instantQuery(ctx, "to"), InvoiceBodies.blankToNull(ctx.queryParam("q")));
                    ctx.json(ListPage.of(listInvoices.list(filter, Input.limit(ctx), Input.cursor(ctx)), InvoiceJson::of));
                }).returns(Route.pageOf(InvoiceJson.class)).paged()
                        .query("fy", String.class, "financial year, e.g. 2026-27")
                        .query("series", InvoiceSeries.class, "MAS101, MAS102, PAP, AERO, DRO or TOK")
                        .query("from", Instant.class, "issued at or after")
                        .query("to", Instant.class, "issued before")
                        .query("q", String.class, "part of the number, buyer name, e-mail or GSTIN"),
                Route.get("/api/finance/invoices/{id}", admin, "One invoice with its credit notes",
                        ctx -> ctx.json(InvoiceJson.of(showInvoice.show(Input.uuidPath(ctx, "id")))))
                        .returns(InvoiceJson.class).error(ErrorKind.NOT_FOUND, InvoiceErrors.INVOICE_NOT_FOUND),
                Route.get("/api/finance/invoices/{id}/pdf", admin, "The invoice as PDF", ctx -> {
                    var id = Input.uuidPath(ctx, "id");
                    var view = showInvoice.show(id);
                    var pdf = documents.pdf(view.invoice().id(), FinanceRouteGroup.trigger(ctx))
                            .orElseThrow(InvoiceErrors::invoiceNotFound);
                    ctx.contentType("application/pdf");
                    ctx.header("Content-Disposition", "inline; filename=\"" + pdf.number().replace('/', '-') + ".pdf\"");
                    ctx.result(pdf.bytes());
                }).returnsBytes("application/pdf").error(ErrorKind.NOT_FOUND, InvoiceErrors.INVOICE_NOT_FOUND),
                Route.post("/api/finance/invoices/{id}/credit-notes", superadmin,
                        "Credit the whole remainder, or tax-inclusive amounts per line (Idempotency-Key)",
                        idempotent.handler(ctx -> {
                            var body = Input.optionalJson(ctx, InvoiceBodies.CreditNoteBody.class,
                                    new InvoiceBodies.CreditNoteBody(null, null));
                            var note = issueCreditNote.issue(creditNote(Input.uuidPath(ctx, "id"), body, FinanceRouteGroup.trigger(ctx)));
                            return new Idempotent.Reply(201, CreditNoteJson.of(note));
                        }))
                        .withBody(InvoiceBodies.CreditNoteBody.class).returns(201, CreditNoteJson.class).idempotent()
                        .error(ErrorKind.NOT_FOUND, InvoiceErrors.INVOICE_NOT_FOUND)
                        .error(ErrorKind.CONFLICT, InvoiceErrors.CREDIT_EXCEEDS_INVOICE)
                        .error(ErrorKind.CONFLICT, InvoiceErrors.SERIES_EXHAUSTED));
    }

    private static IssueCreditNote.Command creditNote(java.util.UUID invoiceId, InvoiceBodies.CreditNoteBody body, String trigger) {
        // An empty list is most likely a client that lost its lines, not one that means "everything":
        // crediting the whole remainder takes leaving lines out.
        var validation = new Validation().requireText(body.reason(), "reason", 500)
                .require(body.lines() == null || !body.lines().isEmpty(), "lines",
                        "must hold at least one line, or be left out to credit the whole remainder");
        List<IssueCreditNote.LineCredit> lines = new ArrayList<>();
        if (body.lines() != null) {
            for (int i = 0; i < body.lines().size(); i++) {
                var line = body.lines().get(i);
                validation.require(line != null && line.lineNo() != null, "lines[" + i + "].lineNo", "is required")
                        .require(line != null && line.amountPaise() != null, "lines[" + i + "].amountPaise", "is required");
                if (line != null && line.lineNo() != null && line.amountPaise() != null) {
                    lines.add(new IssueCreditNote.LineCredit(line.lineNo(), line.amountPaise()));
                }
            }
        }
        validation.orThrow();
        return new IssueCreditNote.Command(invoiceId, body.reason(), lines, trigger);
    }

    static FinancialYear fy(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return FinancialYear.parse(raw.strip());
        } catch (IllegalArgumentException e) {
            throw Validation.invalid("fy", "must be a financial year such as 2026-27");
        }
    }

    static InvoiceSeries seriesQuery(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return InvoiceSeries.forInvoices(raw).orElseThrow(() ->
                Validation.invalid("series", "must be one of MAS101, MAS102, PAP, AERO, DRO, TOK"));
    }
}
