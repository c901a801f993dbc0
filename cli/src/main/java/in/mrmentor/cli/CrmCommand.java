package in.mrmentor.cli;

import in.mrmentor.bootstrap.lead.LeadModule;
import in.mrmentor.http.lead.CrmJson;
import in.mrmentor.lead.ImportStatus;
import in.mrmentor.lead.LeadImport;
import in.mrmentor.lead.VendorKey;
import in.mrmentor.shared.Validation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "crm",
        mixinStandardHelpOptions = true,
        description = "Sales CRM operations: lead imports and vendor API keys.",
        subcommands = {CrmCommand.Import.class, CrmCommand.VendorKeys.class})
final class CrmCommand extends CommandGroup {

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import leads from a CSV file through the same pipeline as POST /api/crm/imports.",
                    "Streamed, one lead per person, progress on stderr, the row report on stdout.",
                    "Exit 0 when the file was read to its end (failed rows are listed), 1 when it could not be."},
            footerHeading = "%nExamples:%n",
            footer = {"  mas crm import leads.csv",
                    "  # every new lead to one salesperson",
                    "  mas crm import leads.csv --assign-to sales@example.com"})
    static final class Import implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE.csv", description = "UTF-8 CSV with a header row (name, phone, ...).")
        Path file;

        @Option(names = "--assign-to", paramLabel = "EMAIL", description = "Assign every new lead to this SALES user.")
        String assignTo;

        @Override
        public Integer call() {
            if (!Files.isRegularFile(file)) {
                throw Validation.invalid("FILE", "must be a readable file");
            }
            try (Backend backend = Mas.backend(spec); InputStream in = Files.newInputStream(file)) {
                var crm = backend.module(LeadModule.class);
                LeadImport staged = crm.startLeadImport.stage(in, file.getFileName().toString(), assignTo);
                PrintWriter err = spec.commandLine().getErr();
                err.printf("Importing %s as import %s%n", file, staged.id());
                LeadImport done = crm.runLeadImport.run(staged.id(), batch -> {
                    err.printf("  %s: %d rows (%d created, %d duplicates, %d failed)%n", batch.status(), batch.rows(),
                            batch.created(), batch.duplicates(), batch.failed());
                    err.flush();
                });
                PrintWriter out = spec.commandLine().getOut();
                out.printf("import %s %s%nrows %d%ncreated %d%nduplicates %d%nfailed %d%n", done.id(), done.status(),
                        done.rows(), done.created(), done.duplicates(), done.failed());
                if (done.error() != null) {
                    out.printf("error %s%n", done.error());
                }
                crm.showLeadImport.errorsOf(done.id(), error -> out.printf("line %d, %s: %s%n", error.line(),
                        error.column().isEmpty() ? "row" : error.column(), error.reason()));
                return done.status() == ImportStatus.DONE ? ExitCode.OK : ExitCode.FAILURE;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Command(name = "vendor-keys", mixinStandardHelpOptions = true, description = "Issue, list and revoke vendor API keys.",
            subcommands = {VendorKeys.Create.class, VendorKeys.ListKeys.class, VendorKeys.Revoke.class})
    static final class VendorKeys extends CommandGroup {

        @Command(name = "create", mixinStandardHelpOptions = true,
                description = "Issue a key; it is printed once and only its HMAC is kept.")
        static final class Create implements Callable<Integer> {
            @CommandLine.Spec
            CommandLine.Model.CommandSpec spec;

            @Option(names = "--vendor", required = true, description = "The vendor's name.")
            String vendor;

            @Option(names = "--note", description = "A note for administrators.")
            String note;

            @Override
            public Integer call() {
                try (Backend backend = Mas.backend(spec)) {
                    var issued = backend.module(LeadModule.class).manageVendorKeys.issue(null, vendor, note);
                    spec.commandLine().getOut().printf("id %s%nprefix %s%nkey %s%n", issued.key().id(),
                            issued.key().prefix(), issued.plainKey());
                }
                return ExitCode.OK;
            }
        }

        /** Every key on one screen: a platform has a handful of vendors, so the list has no pages. */
        @Command(name = "list", mixinStandardHelpOptions = true, description = "Every key without its secret.")
        static final class ListKeys implements Callable<Integer> {
            @CommandLine.Spec
            CommandLine.Model.CommandSpec spec;

            @CommandLine.Mixin
            JsonOutput json;

            @Override
            public Integer call() {
                try (Backend backend = Mas.backend(spec)) {
                    PrintWriter out = spec.commandLine().getOut();
                    var keys = backend.module(LeadModule.class).manageVendorKeys.list();
                    if (json.enabled) {
                        JsonOutput.print(out, keys.stream().map(CrmJson.VendorKeyJson::of).toList());
                        return ExitCode.OK;
                    }
                    for (VendorKey key : keys) {
                        out.printf("%s %s %s %s last used %s%n", key.id(), key.prefix(), key.status(), key.vendorName(),
                                key.lastUsedAt() == null ? "never" : key.lastUsedAt());
                    }
                }
                return ExitCode.OK;
            }
        }

        @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke a key for good, by its prefix.")
        static final class Revoke implements Callable<Integer> {
            @CommandLine.Spec
            CommandLine.Model.CommandSpec spec;

            @Parameters(index = "0", paramLabel = "PREFIX", description = "The key's prefix (see list).")
            String prefix;

            @Override
            public Integer call() {
                try (Backend backend = Mas.backend(spec)) {
                    var key = backend.module(LeadModule.class).manageVendorKeys.revokeByPrefix(prefix);
                    spec.commandLine().getOut().printf("%s %s%n", key.prefix(), key.status());
                }
                return ExitCode.OK;
            }
        }
    }
}
