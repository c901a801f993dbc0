package in.mrmentor.cli;

import in.mrmentor.bootstrap.SettingsReader;
import in.mrmentor.bootstrap.invoice.InvoiceModule;
import in.mrmentor.invoice.Buyer;
import in.mrmentor.invoice.FinancialYear;
import in.mrmentor.invoice.InvoiceSeries;
import in.mrmentor.invoice.IssueCreditNote;
import in.mrmentor.invoice.IssueInvoice;
import in.mrmentor.invoice.LineItem;
import in.mrmentor.http.json.Json;
import in.mrmentor.persistence.testing.TestPostgres;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code mas finance ...} and {@code mas audit invoices} against a real PostgreSQL, with a tampered invoice. */
class FinanceCommandTest {
    private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

    @TempDir
    Path dataDir;

    private Map<String, String> env;
    private String database;
    private String number;

    @BeforeEach
    void invoices() {
        database = TestPostgres.get().emptyDatabaseName();
        env = Map.of("DATABASE_URL", TestPostgres.get().databaseUrl(database), "MAS_DATA_DIR", dataDir.toString());
        try (Backend backend = Backend.open(SettingsReader.read(env))) {
            var module = backend.module(InvoiceModule.class);
            var buyer = new Buyer("Asha Rao", "12 MG Road", "27", null, "asha@example.in");
            for (int i = 0; i < 3; i++) {
                var invoice = module.issueInvoice.issue(new IssueInvoice.Command(InvoiceSeries.MAS101, buyer, false,
                        List.of(new LineItem("Programme", null, 1, 100_000, 0)), null, "test"));
                number = invoice.number().text();
                if (i == 0) {
                    module.issueCreditNote.issue(new IssueCreditNote.Command(invoice.id(), "withdrawn", null, "test"));
                }
            }
        }
    }

    private static String fy() {
        return FinancialYear.of(Instant.now(), INDIA).label();
    }

    @Test
    void invoicesAreListedByYearAndSeriesAndWrittenAsPdf() throws Exception {
        var list = CommandLineRun.of(env, "finance", "invoices", "list", "--fy", fy(), "--series", "MAS101");
        var otherYear = CommandLineRun.of(env, "finance", "invoices", "list", "--fy", "2020-21");
        var badYear = CommandLineRun.of(env, "finance", "invoices", "list", "--fy", "2020");
        Path pdf = dataDir.resolve("invoice.pdf");
        var written = CommandLineRun.of(env, "finance", "invoices", "pdf", number, "--out", pdf.toString());
        var unknown = CommandLineRun.of(env, "finance", "invoices", "pdf", "MAS101/2627/9999", "--out", pdf.toString());

        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.out()).contains(number, "Asha Rao", "3 invoice(s) in " + fy());
        var json = Json.mapper().readTree(CommandLineRun.of(env, "finance", "invoices", "list", "--fy", fy(), "--json",
                "--limit", "2").out());
        assertThat(json).hasSize(2);
        assertThat(json.get(0).path("number").asText()).isEqualTo(number);
        assertThat(json.get(0).path("buyer").path("name").asText()).isEqualTo("Asha Rao");
        assertThat(otherYear.out()).contains("0 invoice(s) in 2020-21");
        assertThat(badYear.exitCode()).isEqualTo(2);
        assertThat(written.exitCode()).as(written.err()).isZero();
        try (var document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            assertThat(new PDFTextStripper().getText(document)).contains(number, "27AAPFU0939F1ZV");
        }
        assertThat(unknown.exitCode()).isEqualTo(3);
    }

    @Test
    void gstr1IsWrittenAsCsvOrJson() throws Exception {
        String month = YearMonth.now(INDIA).toString();
        Path csv = dataDir.resolve("gstr1.csv");
        Path json = dataDir.resolve("gstr1.json");

        var asCsv = CommandLineRun.of(env, "finance", "gstr1", "--month", month, "--out", csv.toString());
        var asJson = CommandLineRun.of(env, "finance", "gstr1", "--month", month, "--out", json.toString(), "--format", "json");

        assertThat(asCsv.exitCode()).as(asCsv.err()).isZero();
        assertThat(Files.readString(csv)).startsWith("section,").contains(number, "b2cs");
        assertThat(asJson.exitCode()).as(asJson.err()).isZero();
        assertThat(Files.readString(json)).contains("\"b2cs\"", "\"hsn\"", "\"999293\"", "\"fp\"");
    }

    @Test
    void theAuditPassesThenNamesATamperedTotalAndAGap() throws Exception {
        var healthy = CommandLineRun.of(env, "audit", "invoices");
        assertThat(healthy.exitCode()).as(healthy.out() + healthy.err()).isZero();
        assertThat(healthy.out()).contains("3 invoice(s), 1 credit note(s)", "invoices OK");

        var pg = TestPostgres.get().server();
        try (var connection = DriverManager.getConnection(pg.jdbcUrl(database), pg.user(), pg.password());
             var statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE superadmin.tax_invoice_lines SET cgst_paise = 8000 "
                    + "WHERE invoice_id = (SELECT id FROM superadmin.tax_invoices WHERE number = '" + number + "')");
        }
        var tampered = CommandLineRun.of(env, "audit", "invoices");
        assertThat(tampered.exitCode()).isEqualTo(1);
        assertThat(tampered.out()).contains("MISMATCH " + number + " line 1", "cgst 8000");

        try (var connection = DriverManager.getConnection(pg.jdbcUrl(database), pg.user(), pg.password());
             var statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE superadmin.tax_invoice_lines SET cgst_paise = 9000");
            statement.executeUpdate("UPDATE superadmin.tax_invoices SET seq = 7, number = replace(number, '/0002', '/0007') "
                    + "WHERE number LIKE '%/0002'");
        }
        var gap = CommandLineRun.of(env, "audit", "invoices");
        assertThat(gap.exitCode()).isEqualTo(1);
        assertThat(gap.out()).contains("MISMATCH series MAS101", "expected number 2 but found 3");
    }
}
