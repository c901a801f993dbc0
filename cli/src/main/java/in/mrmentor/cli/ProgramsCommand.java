package in.mrmentor.cli;

import in.mrmentor.bootstrap.program.ProgramModule;
import in.mrmentor.http.program.ProgramJson;
import in.mrmentor.program.ApplicationStatus;
import in.mrmentor.program.ProgramApplication;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "programs",
        mixinStandardHelpOptions = true,
        description = "Program batches and applications.",
        subcommands = {ProgramsCommand.Applications.class})
final class ProgramsCommand extends CommandGroup {

    @Command(name = "applications", mixinStandardHelpOptions = true, description = "Program applications.",
            subcommands = {ProgramsCommand.ListApplications.class})
    static final class Applications extends CommandGroup {
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"List the applications of a batch, oldest first.", "An unknown batch code exits 3."})
    static final class ListApplications implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--batch", required = true, description = "The batch code, e.g. MAS101-2027-JAN.")
        String batch;

        @Option(names = "--status", description = "Only this status: ${COMPLETION-CANDIDATES}.")
        ApplicationStatus status;

        @CommandLine.Mixin
        Paging paging;

        @CommandLine.Mixin
        JsonOutput json;

        @Override
        public Integer call() {
            try (Backend backend = Mas.backend(spec)) {
                var page = backend.module(ProgramModule.class).listApplications
                        .ofBatchCode(batch, status, paging.limit, paging.cursor);
                PrintWriter out = spec.commandLine().getOut();
                if (json.enabled) {
                    JsonOutput.print(out, page.items().stream().map(ProgramJson.ApplicationJson::of).toList());
                } else {
                    out.println("ID\tSTATUS\tUSER\tINVOICE\tCREATED");
                    page.items().forEach(application -> print(out, application));
                }
                Paging.printNext(spec.commandLine().getErr(), page.nextCursor());
            }
            return ExitCode.OK;
        }

        private static void print(PrintWriter out, ProgramApplication a) {
            out.printf("%s\t%s\t%s\t%s\t%s%n", a.id(), a.status(), a.userId(),
                    a.invoiceNumber() == null ? "-" : a.invoiceNumber(), a.createdAt());
        }
    }
}
