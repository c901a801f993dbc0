package in.mrmentor.program.port;

import in.mrmentor.pap.port.AgreementTemplates;
import in.mrmentor.pap.port.PapWorkflows;
import in.mrmentor.shared.port.Transactions;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * One adapter family's stores of the programs and PAP contexts, over one database (or one memory),
 * with its transactions and a way to make users their rows may point at: what the ports' contracts run on.
 */
public record ProgramStores(Batches batches, ProgramApplications applications, DiscountRequests discounts,
                            PapWorkflows workflows, AgreementTemplates templates, Transactions transactions,
                            Supplier<UUID> users) {

    public UUID aUser() {
        return users.get();
    }
}
