package in.mrmentor.http.lead;

import in.mrmentor.http.Caller;
import in.mrmentor.http.Input;
import in.mrmentor.http.Route;
import in.mrmentor.lead.ImportError;
import in.mrmentor.lead.LeadErrors;
import in.mrmentor.lead.ShowLeadImport;
import in.mrmentor.lead.StartLeadImport;
import in.mrmentor.shared.ErrorKind;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * CRM.md: a CSV upload streamed into the blob store and imported by a {@code leadImport} job, its row
 * report while and after it runs, and the failed rows as {@code errors.csv}.
 */
public final class ImportRoutes implements CrmRouteGroup {

    public record ImportStartedJson(UUID importId, String status) {
    }

    private final StartLeadImport start;
    private final ShowLeadImport show;
    private final long maxBytes;

    public ImportRoutes(StartLeadImport start, ShowLeadImport show, long maxBytes) {
        this.start = start;
        this.show = show;
        this.maxBytes = maxBytes;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.post("/api/crm/imports", SALES,
                        "Import leads from a text/csv body (header: name, phone, email, campaign, session_year, "
                                + "interest_level, tags; other columns go to extra); 202 with the import's id", ctx -> {
                            requireCsv(ctx);
                            UUID assignTo = Input.uuidQuery(ctx, "assignTo");
                            var batch = start.start(Caller.principal(ctx), Input.bodyStream(ctx), -1, assignTo);
                            ctx.status(202).json(new ImportStartedJson(batch.id(), batch.status().name()));
                        }).withMaxBodyBytes(maxBytes).withRawBody("text/csv").returns(202, ImportStartedJson.class)
                        .query("assignTo", UUID.class, "assign every new lead to this salesperson")
                        .error(ErrorKind.FORBIDDEN, LeadErrors.NOT_SALES_HEAD),
                Route.get("/api/crm/imports/{id}", SALES, "An import's status and row report (its creator or ADMIN)",
                        ctx -> ctx.json(CrmJson.ImportJson.of(show.show(Caller.principal(ctx), Input.uuidPath(ctx, "id")))))
                        .returns(CrmJson.ImportJson.class).error(ErrorKind.NOT_FOUND, LeadErrors.IMPORT_NOT_FOUND),
                Route.get("/api/crm/imports/{id}/errors.csv", SALES,
                        "The failed rows: line, column, reason and the row's cells as sent", this::errors)
                        .returnsBytes("text/csv").error(ErrorKind.NOT_FOUND, LeadErrors.IMPORT_NOT_FOUND));
    }

    private void errors(Context ctx) throws IOException {
        UUID id = Input.uuidPath(ctx, "id");
        show.show(Caller.principal(ctx), id);
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"errors-" + id + ".csv\"");
        Writer out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
        out.write("line,column,reason,values\r\n");
        try {
            show.errors(Caller.principal(ctx), id, (ImportError error) -> {
                try {
                    out.write(error.line() + "," + cell(error.column()) + "," + cell(error.reason()) + ","
                            + cell(String.join(",", error.values().stream().map(ImportRoutes::cell).toList())) + "\r\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } finally {
            out.flush();
        }
    }

    /** RFC 4180: a cell with a comma, quote or line break is quoted, quotes doubled. */
    static String cell(String text) {
        if (text == null) {
            return "";
        }
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private static void requireCsv(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        String bare = type.split(";", 2)[0].trim();
        if (!bare.equals("text/csv") && !bare.equals("application/csv")) {
            throw new HttpResponseException(415, "An import is a text/csv body.");
        }
        if (type.contains("charset=") && !type.replace(" ", "").contains("charset=utf-8")) {
            throw new HttpResponseException(415, "An import is UTF-8 text.");
        }
    }
}
