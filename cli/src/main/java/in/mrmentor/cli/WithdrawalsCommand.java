package in.mrmentor.cli;

import in.mrmentor.bootstrap.slot.SlotModule;
import in.mrmentor.slot.Withdrawal;
import in.mrmentor.slot.WithdrawalStatus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.UUID;
import java.util.concurrent.Callable;

@Command(name = "withdrawals",
        mixinStandardHelpOptions = true,
        description = "List mentors' withdrawal requests and approve, reject or mark them paid.",
        subcommands = {WithdrawalsCommand.ListWithdrawals.class, WithdrawalsCommand.Approve.class,
                WithdrawalsCommand.Reject.class, WithdrawalsCommand.Paid.class})
final class WithdrawalsCommand extends CommandGroup {

    static void printHeader(PrintWriter out) {
        out.printf("%-36s %-9s %12s %-36s %-24s %s%n", "ID", "STATUS", "AMOUNT", "MENTOR", "REQUESTED", "DECIDED");
    }

    static void print(PrintWriter out, Withdrawal withdrawal) {
        out.printf("%-36s %-9s %12s %-36s %-24s %s%n", withdrawal.id(), withdrawal.status(),
                rupees(withdrawal.amountPaise()), withdrawal.mentorId(), withdrawal.createdAt(),
                withdrawal.decidedAt() == null ? "-" : withdrawal.decidedAt());
    }

    /** Paise shown as rupees for people; {@code --json} keeps {@code amountPaise}. */
    static String rupees(long paise) {
        return String.format("%d.%02d INR", paise / 100, paise % 100);
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List withdrawals in one status (default PENDING), oldest request first.")
    static final class ListWithdrawals implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--status", defaultValue = "PENDING", description = "One of: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
        WithdrawalStatus status;

        @CommandLine.Mixin
        Paging paging;

        @CommandLine.Mixin
        JsonOutput json;

        @Override
        public Integer call() {
            try (Backend backend = Mas.backend(spec)) {
                var page = backend.module(SlotModule.class).listWithdrawals.inStatus(status, paging.limit, paging.cursor);
                PrintWriter out = spec.commandLine().getOut();
                if (json.enabled) {
                    JsonOutput.print(out, page.items());
                } else {
                    printHeader(out);
                    page.items().forEach(withdrawal -> print(out, withdrawal));
                }
                Paging.printNext(spec.commandLine().getErr(), page.nextCursor());
            }
            return ExitCode.OK;
        }
    }

    /** approve, reject and paid differ only in the outcome; the use case checks the transition. */
    abstract static class Decide implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "The withdrawal's id.")
        UUID id;

        abstract WithdrawalStatus outcome();

        @Override
        public Integer call() {
            try (Backend backend = Mas.backend(spec)) {
                // The operator at the command line is no user: the decision is recorded without a decider.
                Withdrawal decided = backend.module(SlotModule.class).decideWithdrawal.decide(null, id, outcome());
                PrintWriter out = spec.commandLine().getOut();
                printHeader(out);
                print(out, decided);
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true, description = "Approve a PENDING withdrawal.")
    static final class Approve extends Decide {
        @Override
        WithdrawalStatus outcome() {
            return WithdrawalStatus.APPROVED;
        }
    }

    @Command(name = "reject", mixinStandardHelpOptions = true, description = "Reject a PENDING or APPROVED withdrawal.")
    static final class Reject extends Decide {
        @Override
        WithdrawalStatus outcome() {
            return WithdrawalStatus.REJECTED;
        }
    }

    @Command(name = "paid", mixinStandardHelpOptions = true,
            description = "Mark an APPROVED withdrawal paid; the amount is debited from the mentor's earnings once.")
    static final class Paid extends Decide {
        @Override
        WithdrawalStatus outcome() {
            return WithdrawalStatus.PAID;
        }
    }
}
