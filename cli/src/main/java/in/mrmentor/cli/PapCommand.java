package in.mrmentor.cli;

import in.mrmentor.bootstrap.pap.PapModule;
import in.mrmentor.http.pap.PapJson;
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

        @CommandLine.Mixin
        Paging paging;

        @CommandLine.Mixin
        JsonOutput json;

        @Override
        public Integer call() {
            try (Backend backend = Mas.backend(spec)) {
                var page = backend.module(PapModule.class).listWorkflows.page(status, paging.limit, paging.cursor);
                PrintWriter out = spec.commandLine().getOut();
                if (json.enabled) {
                    JsonOutput.print(out, page.items().stream().map(PapJson.WorkflowJson::of).toList());
                } else {
                    out.println("ID\tSTATUS\tUSER\tAPPLICATION\tPAP_FEE_PAISE\tINVOICE\tUPDATED");
                    page.items().forEach(workflow -> print(out, workflow));
                }
                Paging.printNext(spec.commandLine().getErr(), page.nextCursor());
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
