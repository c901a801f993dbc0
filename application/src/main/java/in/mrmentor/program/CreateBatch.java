package in.mrmentor.program;

import in.mrmentor.program.port.Batches;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** An admin opens a batch of a program (UPCOMING); its code is unique. */
public final class CreateBatch {

    public record Command(String code, String name, Program program, LocalDate startDate, long enrollmentFeePaise,
                          int capacity, boolean papAvailable) {
        public Command {
            Batch.validate(code, name, program, startDate, enrollmentFeePaise, capacity);
        }
    }

    private final Batches batches;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public CreateBatch(Batches batches, Transactions transactions, Clock clock, Ids ids) {
        this.batches = batches;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    /** @param adminId who opens it, recorded as the batch's first step */
    public Batch create(UUID adminId, Command c) {
        var batch = new Batch(ids.next(), c.code(), c.name(), c.program(), c.startDate(), c.enrollmentFeePaise(),
                c.capacity(), c.papAvailable(), BatchStatus.UPCOMING, clock.instant());
        return transactions.inTransaction(() -> {
            if (!batches.add(batch)) {
                throw ProgramErrors.batchCodeTaken(c.code());
            }
            batches.record(new BatchTransition(batch.id(), null, BatchStatus.UPCOMING, adminId, batch.createdAt()));
            return batch;
        });
    }
}
