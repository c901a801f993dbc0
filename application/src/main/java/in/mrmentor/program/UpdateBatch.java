package in.mrmentor.program;

import in.mrmentor.program.port.Batches;
import in.mrmentor.program.port.ProgramApplications;
import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Transactions;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An admin edits a batch's name, start date, fee, capacity and PAP offer (its code and program stay).
 * Capacity never drops below the seats already taken, under the batch's lock.
 */
public final class UpdateBatch {

    public record Command(String name, LocalDate startDate, long enrollmentFeePaise, int capacity, boolean papAvailable) {
        public Command {
            Batch.validate("XX", name, Program.MAS101, startDate, enrollmentFeePaise, capacity);
        }
    }

    private final Batches batches;
    private final ProgramApplications applications;
    private final Transactions transactions;

    public UpdateBatch(Batches batches, ProgramApplications applications, Transactions transactions) {
        this.batches = batches;
        this.applications = applications;
        this.transactions = transactions;
    }

    public Batch update(UUID id, Command c) {
        return transactions.inTransaction(() -> {
            var batch = batches.lock(id).orElseThrow(ProgramErrors::batchNotFound);
            int seated = applications.seated(id);
            if (c.capacity() < seated) {
                throw Validation.invalid("capacity", "must be at least the " + seated + " seat(s) taken");
            }
            var edited = batch.edited(c.name(), c.startDate(), c.enrollmentFeePaise(), c.capacity(), c.papAvailable());
            batches.replace(edited);
            return edited;
        });
    }
}
