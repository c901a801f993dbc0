package in.mrmentor.cli;

import in.mrmentor.bootstrap.slot.SlotModule;
import in.mrmentor.slot.Slot;
import in.mrmentor.slot.SlotStatus;
import in.mrmentor.slot.port.Slots;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Callable;

@Command(name = "slots",
        mixinStandardHelpOptions = true,
        description = "Look at mentorship slots across all mentors.",
        subcommands = {SlotsCommand.ListSlots.class})
final class SlotsCommand extends CommandGroup {

    /** A slot as a row: its meeting time flattened, the same names as the HTTP API. */
    record SlotRow(UUID id, UUID mentorId, UUID studentId, Instant startTime, Instant endTime, long tokenCost,
                   SlotStatus status, Instant createdAt) {
        static SlotRow of(Slot slot) {
            return new SlotRow(slot.id(), slot.mentorId(), slot.studentId(), slot.time().start(), slot.time().end(),
                    slot.tokenCost(), slot.status(), slot.createdAt());
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List slots by start time, oldest first, optionally only those in one status.")
    static final class ListSlots implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--status", description = "Only this status: ${COMPLETION-CANDIDATES}.")
        SlotStatus status;

        @CommandLine.Mixin
        Paging paging;

        @CommandLine.Mixin
        JsonOutput json;

        @Override
        public Integer call() {
            try (Backend backend = Mas.backend(spec)) {
                var page = backend.module(SlotModule.class).listAllSlots
                        .list(new Slots.Filter(status, null, null, null, null), paging.limit, paging.cursor)
                        .map(SlotRow::of);
                PrintWriter out = spec.commandLine().getOut();
                if (json.enabled) {
                    JsonOutput.print(out, page.items());
                } else {
                    out.printf("%-36s %-22s %-22s %-36s %-36s %s%n", "ID", "STATUS", "START", "MENTOR", "STUDENT", "TOKENS");
                    for (SlotRow slot : page.items()) {
                        out.printf("%-36s %-22s %-22s %-36s %-36s %d%n", slot.id(), slot.status(), slot.startTime(),
                                slot.mentorId(), slot.studentId() == null ? "-" : slot.studentId(), slot.tokenCost());
                    }
                }
                Paging.printNext(spec.commandLine().getErr(), page.nextCursor());
            }
            return ExitCode.OK;
        }
    }
}
