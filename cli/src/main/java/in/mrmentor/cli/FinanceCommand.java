package in.mrmentor.cli;

import in.mrmentor.bootstrap.invoice.InvoiceModule;
import in.mrmentor.http.invoice.FinanceJson;
import in.mrmentor.http.json.Json;
import in.mrmentor.invoice.FinancialYear;
import in.mrmentor.invoice.InvoiceSeries;
import in.mrmentor.invoice.port.InvoiceFilter;
import in.mrmentor.shared.Validation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;

@Command(name = "finance",
        mixinStandardHelpOptions = true,
        description = "GST invoices and returns: list invoices, save one as PDF, export GSTR-1.",
        subcommands = {FinanceCommand.Invoices.class, FinanceCommand.Gstr1.class})
final class FinanceCommand extends CommandGroup {
    /** Who the audit log names for an operator's command. */
    static final String OPERATOR = "cli:operator";

    @Command(name = "invoices", mixinStandardHelpOptions = true, description = "Issued tax invoices.",
            subcommands = {FinanceCommand.ListInvoices.class, FinanceCommand.Pdf.class})
    static final class Invoices extends CommandGroup {
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Invoices of a financial year, newest first: number, date, buyer, GSTIN, total in paise.")
    static final class ListInvoices implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--fy", required = true, description = "Financial year, e.g. 2026-27.")
        String fy;

        @Option(names = "--series", description = "MAS101, MAS102, PAP, AERO, DRO or TOK.")
        String series;

        @CommandLine.Mixin
        Paging paging;

        @CommandLine.Mixin
        JsonOutput json;

        @Override
        public Integer call() {
            FinancialYear year;
            try {
                year = FinancialYear.parse(fy);
            } catch (IllegalArgumentException e) {
                throw Validation.invalid("fy", "must be a financial year such as 2026-27");
            }
            InvoiceSeries only = series == null ? null : InvoiceSeries.forInvoices(series)
                    .orElseThrow(() -> Validation.invalid("series", "must be one of MAS101, MAS102, PAP, AERO, DRO, TOK"));
            try (Backend backend = Mas.backend(spec)) {
                var page = backend.module(InvoiceModule.class).listInvoices
                        .list(new InvoiceFilter(year, only, null, null, null), paging.limit, paging.cursor);
                PrintWriter out = spec.commandLine().getOut();
                if (json.enabled) {
                    JsonOutput.print(out, page.items().stream().map(FinanceJson.InvoiceJson::of).toList());
                } else {
                    for (var invoice : page.items()) {
                        out.printf("%-16s %s %-30s %-15s %12d%n", invoice.number().text(), invoice.issuedAt(),
                                invoice.buyer().name(), invoice.buyer().gstin() == null ? "-" : invoice.buyer().gstin(),
                                invoice.totals().totalPaise());
                    }
                    out.printf("%d invoice(s) in %s%s%n", page.items().size(), year.label(),
                            page.nextCursor() == null ? "" : " on this page");
                }
                Paging.printNext(spec.commandLine().getErr(), page.nextCursor());
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "pdf", mixinStandardHelpOptions = true, description = "Write the PDF of invoice NUMBER to FILE.")
    static final class Pdf implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "NUMBER", description = "e.g. MAS101/2627/0001.")
        String number;

        @Option(names = "--out", required = true, paramLabel = "FILE")
        Path out;

        @Override
        public Integer call() {
            try (Backend backend = Mas.backend(spec)) {
                var module = backend.module(InvoiceModule.class);
                var invoice = module.showInvoice.byNumber(number.strip()).invoice();
                var pdf = module.renderDocument.pdf(invoice.id(), OPERATOR).orElseThrow();
                write(out, pdf.bytes());
                spec.commandLine().getOut().printf("%s written to %s (%d bytes)%n", pdf.number(), out, pdf.bytes().length);
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "gstr1", mixinStandardHelpOptions = true,
            description = "Export the GSTR-1 of a month (business time zone): CSV, or the offline tool's JSON with --format json.")
    static final class Gstr1 implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--month", required = true, description = "YYYY-MM, e.g. 2026-11.")
        String month;

        @Option(names = "--out", required = true, paramLabel = "FILE")
        Path out;

        @Option(names = "--format", defaultValue = "csv", description = "csv (default) or json.")
        String format;

        @Override
        public Integer call() {
            YearMonth yearMonth;
            try {
                yearMonth = YearMonth.parse(month.strip());
            } catch (DateTimeParseException e) {
                throw Validation.invalid("month", "must be a month such as 2026-11");
            }
            if (!format.equals("csv") && !format.equals("json")) {
                throw Validation.invalid("format", "must be csv or json");
            }
            try (Backend backend = Mas.backend(spec)) {
                var report = backend.module(InvoiceModule.class).gstr1.export(yearMonth, OPERATOR);
                byte[] bytes;
                try {
                    bytes = format.equals("csv") ? report.csv().getBytes(StandardCharsets.UTF_8)
                            : Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(report.json());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                write(out, bytes);
                spec.commandLine().getOut().printf("GSTR-1 %s written to %s%n", yearMonth, out);
            }
            return ExitCode.OK;
        }
    }

    static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }
}
