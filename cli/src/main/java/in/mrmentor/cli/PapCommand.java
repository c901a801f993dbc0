package in.mrmentor.cli;

import in.mrmentor.bootstrap.pap.PapModule;
import in.mrmentor.pap.PapStatus;
import in.mrmentor.pap.PapWorkflow;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "pap",
        mixinStandardHelpOptions = true,
        description = "Pay-after-placement workflows (journey 6).",
        subcommands = {PapCommand.ListWorkflows.class})
final class PapCommand extends CommandGroup {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List PAP workflows, oldest first.")
    static final class ListWorkflows implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--status", description = "Only this status: ${COMPLETION-CANDIDATES}.")
        PapStatus status;

        @Override
        public Integer call() {
            try (Backend backend = Mas.backend(spec)) {
                var list = backend.module(PapModule.class).listWorkflows;
                PrintWriter out = spec.commandLine().getOut();
                out.println("ID\tSTATUS\tUSER\tAPPLICATION\tPAP_FEE_PAISE\tINVOICE\tUPDATED");
                String cursor = null;
                do {
                    var page = list.page(status, 200, cursor);
                    page.items().forEach(workflow -> print(out, workflow));
                    cursor = page.nextCursor();
                } while (cursor != null);
            }
            return ExitCode.OK;
        }

        private static void print(PrintWriter out, PapWorkflow w) {
            out.printf("%s\t%s\t%s\t%s\t%s\t%s\t%s%n", w.id(), w.status(), w.userId(), w.applicationId(),
                    w.papFeePaise() == null ? "-" : w.papFeePaise(), w.invoiceNumber() == null ? "-" : w.invoiceNumber(),
                    w.updatedAt());
        }
    }
}
