package in.mrmentor.http.invoice;


import in.mrmentor.http.Access;
import in.mrmentor.http.Input;
import in.mrmentor.http.ListPage;
import in.mrmentor.http.Route;
import in.mrmentor.identity.Role;
import in.mrmentor.invoice.Gstr1Report;
import in.mrmentor.invoice.HsnSac;
import in.mrmentor.invoice.InvoiceErrors;
import in.mrmentor.invoice.InvoiceMasters;
import in.mrmentor.invoice.ListGstAuditLog;
import in.mrmentor.shared.ErrorKind;
import in.mrmentor.shared.Validation;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static in.mrmentor.http.invoice.FinanceJson.AuditEntryJson;
import static in.mrmentor.http.invoice.FinanceJson.HsnSacJson;
import static in.mrmentor.http.invoice.FinanceJson.StateJson;

/** The finance masters (state codes, HSN/SAC), the GSTR-1 return and the GST audit log. */
public final class FinanceReportRoutes implements FinanceRouteGroup {
    private final InvoiceMasters masters;
    private final Gstr1Report gstr1;
    private final ListGstAuditLog auditLog;

    /** The GSTR-1 sections as the offline tool names them; the amounts are rupees. */
    public record Gstr1Json(String gstin, String fp, List<Object> b2b, List<Object> b2cl, List<Object> b2cs,
                            List<Object> cdnr, List<Object> cdnur, Map<String, Object> hsn) {
    }

    public FinanceReportRoutes(InvoiceMasters masters, Gstr1Report gstr1, ListGstAuditLog auditLog) {
        this.masters = masters;
        this.gstr1 = gstr1;
        this.auditLog = auditLog;
    }

    @Override
    public List<Route> routes() {
        Access superadmin = Access.roles(Role.SUPERADMIN);
        Access admin = Access.roles(Role.ADMIN);
        return List.of(
                Route.get("/api/finance/gst-state-codes", admin, "The GST state codes",
                        ctx -> ctx.json(masters.states().stream().map(StateJson::of).toList()))
                        .returns(Route.listOf(StateJson.class)),
                Route.get("/api/finance/hsn-sac", admin, "The HSN/SAC master",
                        ctx -> ctx.json(masters.hsnSacCodes().stream().map(HsnSacJson::of).toList()))
                        .returns(Route.listOf(HsnSacJson.class)),
                Route.post("/api/finance/hsn-sac", superadmin, "Add an HSN/SAC code with its rate", ctx -> {
                    var code = Input.json(ctx, InvoiceBodies.HsnSacBody.class, body -> {
                        new Validation()
                                .require(HsnSac.isValidCode(body.code()), "code", "must be 4, 6 or 8 digits")
                                .requireText(body.description(), "description", 300)
                                .require(body.ratePercent() != null, "ratePercent", "is required")
                                .orThrow();
                        return new HsnSac(body.code(), body.description(), InvoiceMasters.rate(body.ratePercent(), "ratePercent"));
                    });
                    ctx.status(201).json(HsnSacJson.of(masters.addHsnSac(code)));
                }).withBody(InvoiceBodies.HsnSacBody.class).returns(201, HsnSacJson.class)
                        .error(ErrorKind.CONFLICT, InvoiceErrors.HSN_SAC_EXISTS),
                Route.get("/api/finance/reports/gstr1", admin, "GSTR-1 of a month (business time zone) as the offline tool's JSON or CSV",
                        ctx -> {
                            var month = month(ctx.queryParam("month"));
                            String format = ctx.queryParam("format") == null ? "json" : ctx.queryParam("format").strip();
                            if (!format.equals("json") && !format.equals("csv")) {
                                throw Validation.invalid("format", "must be json or csv");
                            }
                            var report = gstr1.export(month, FinanceRouteGroup.trigger(ctx));
                            if (format.equals("csv")) {
                                ctx.contentType("text/csv; charset=utf-8");
                                ctx.header("Content-Disposition", "attachment; filename=\"gstr1-" + month + ".csv\"");
                                ctx.result(report.csv());
                            } else {
                                ctx.json(report.json());
                            }
                        }).returns(Gstr1Json.class)
                        .query("month", String.class, "YYYY-MM (required)")
                        .query("format", String.class, "json (default) or csv"),
                Route.get("/api/finance/audit-log", superadmin, "The GST audit log, newest first", ctx -> {
                    UUID invoiceId = Input.uuidQuery(ctx, "invoiceId");
                    ctx.json(ListPage.of(auditLog.list(invoiceId, Input.limit(ctx), Input.cursor(ctx)), AuditEntryJson::of));
                }).returns(Route.pageOf(AuditEntryJson.class)).paged()
                        .query("invoiceId", UUID.class, "only the entries of this invoice"));
    }

    static YearMonth month(String raw) {
        if (raw == null || !raw.strip().matches("[0-9]{4}-[0-9]{2}")) {
            throw Validation.invalid("month", "must be a month such as 2026-11");
        }
        try {
            return YearMonth.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw Validation.invalid("month", "must be a month such as 2026-11");
        }
    }
}
