package in.mrmentor.cli;

import in.mrmentor.bootstrap.slot.SlotModule;
import in.mrmentor.slot.CleanUpExpiredSlots;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "cleanup",
        mixinStandardHelpOptions = true,
        description = "Tidy data whose time has passed (the recurring cleanup job does the same).",
        subcommands = {CleanupCommand.ExpiredSlots.class})
final class CleanupCommand extends CommandGroup {

    @Command(name = "expired-slots", mixinStandardHelpOptions = true,
            description = {"Remove expired unbooked slots and send stale confirmed ones to review.",
                    "Removes unbooked TENTATIVE slots whose start has passed, and sends CONFIRMED slots that",
                    "ended more than 24 h ago without completion to UNDER_REVIEW. Prints each change; idempotent."})
    static final class ExpiredSlots implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Option(names = "--dry-run", description = "Print what would change and change nothing.")
        boolean dryRun;

        @Override
        public Integer call() {
            try (Backend backend = Mas.backend(spec)) {
                var cleanUp = backend.module(SlotModule.class).cleanUpExpiredSlots;
                CleanUpExpiredSlots.Report report = AuditCommand.withProgress(
                        dryRun ? "Looking for expired slots" : "Cleaning up expired slots", () -> cleanUp.run(dryRun));
                PrintWriter out = spec.commandLine().getOut();
                String verb = dryRun ? "would " : "";
                for (var change : report.removed()) {
                    out.printf("%sremove slot %s of mentor %s (unbooked, start passed)%n", verb, change.slotId(),
                            change.mentorId());
                }
                for (var change : report.sentToReview()) {
                    out.printf("%smove slot %s of mentor %s CONFIRMED -> UNDER_REVIEW (ended > 24 h ago)%n", verb,
                            change.slotId(), change.mentorId());
                }
                out.printf("%s%d slot(s) removed, %d sent to review%n", dryRun ? "dry run: " : "",
                        report.removed().size(), report.sentToReview().size());
                return ExitCode.OK;
            }
        }
    }
}
