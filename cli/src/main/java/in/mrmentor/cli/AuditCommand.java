package in.mrmentor.cli;

import in.mrmentor.bootstrap.invoice.InvoiceModule;
import in.mrmentor.bootstrap.token.TokenModule;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "audit",
        mixinStandardHelpOptions = true,
        description = "Check stored data against the rules it must keep.",
        subcommands = {AuditCommand.LedgerAudit.class, AuditCommand.InvoiceAudit.class})
final class AuditCommand extends CommandGroup {

    static <T> T withProgress(String what, java.util.function.Supplier<T> work) {
        try (Progress progress = Progress.start(what)) {
            return work.get();
        }
    }

    @Command(name = "ledger", mixinStandardHelpOptions = true,
            description = {"Check every token balance against the ledger; exit 1 on any mismatch.",
                    "Recomputes each balance from the ledger, checks that the sum over all accounts is 0",
                    "and that every transfer's legs cancel, and prints each mismatch."})
    static final class LedgerAudit implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (Backend backend = Mas.backend(spec)) {
                var tokens = backend.module(TokenModule.class);
                var audit = withProgress("Auditing the token ledger", tokens.auditLedger::audit);
                PrintWriter out = spec.commandLine().getOut();
                for (var mismatch : audit.mismatches()) {
                    out.printf("MISMATCH %s stored %d, ledger says %d%n", mismatch.account(), mismatch.stored(),
                            mismatch.fromLedger());
                }
                for (String transfer : audit.unbalancedTransfers()) {
                    out.printf("UNBALANCED transfer %s%n", transfer);
                }
                if (audit.globalSum() != 0) {
                    out.printf("GLOBAL SUM %d (must be 0)%n", audit.globalSum());
                }
                out.printf("%d account(s) checked: %s%n", audit.accountsChecked(),
                        audit.healthy() ? "ledger OK" : "ledger has problems");
                return audit.healthy() ? ExitCode.OK : ExitCode.FAILURE;
            }
        }
    }

    @Command(name = "invoices", mixinStandardHelpOptions = true,
            description = {"Check every invoice series is gapless and every invoice recomputes by the tax rules.",
                    "Every series is gapless in every financial year, every invoice's lines and totals recompute,",
                    "and no invoice is credited beyond its total. Exit 1 naming the first mismatch."})
    static final class InvoiceAudit implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (Backend backend = Mas.backend(spec)) {
                var audit = backend.module(InvoiceModule.class).auditInvoices.audit();
                PrintWriter out = spec.commandLine().getOut();
                audit.mismatch().ifPresent(mismatch -> out.printf("MISMATCH %s%n", mismatch));
                out.printf("%d invoice(s), %d credit note(s) in %d series checked: %s%n", audit.invoices(),
                        audit.creditNotes(), audit.series(), audit.ok() ? "invoices OK" : "invoices have problems");
                return audit.ok() ? ExitCode.OK : ExitCode.FAILURE;
            }
        }
    }
}
