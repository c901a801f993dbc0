package in.mrmentor.program.port.memory;

import in.mrmentor.pap.port.memory.InMemoryAgreementTemplates;
import in.mrmentor.pap.port.memory.InMemoryPapWorkflows;
import in.mrmentor.program.port.ProgramStores;
import in.mrmentor.shared.port.memory.InMemoryTransactions;

import java.util.UUID;

/** The in-memory stores of programs and PAP, enlisted in one {@link InMemoryTransactions}. */
public final class InMemoryProgramStores {

    private InMemoryProgramStores() {
    }

    public static ProgramStores create(InMemoryTransactions tx) {
        return new ProgramStores(tx.enlist(new InMemoryBatches()), tx.enlist(new InMemoryProgramApplications()),
                tx.enlist(new InMemoryDiscountRequests()), tx.enlist(new InMemoryPapWorkflows()),
                tx.enlist(new InMemoryAgreementTemplates()), tx, UUID::randomUUID);
    }

    public static ProgramStores create() {
        return create(new InMemoryTransactions());
    }
}
