package in.mrmentor.lead.port.memory;

import in.mrmentor.lead.port.Leads;
import in.mrmentor.lead.port.LeadsContract;
import in.mrmentor.shared.port.Transactions;
import in.mrmentor.shared.port.memory.InMemoryTransactions;

import java.util.UUID;

class InMemoryLeadsTest extends LeadsContract {
    @Override
    protected Leads newLeads() {
        return new InMemoryLeads();
    }

    @Override
    protected Transactions transactionsFor(Leads store) {
        var transactions = new InMemoryTransactions();
        transactions.enlist((InMemoryLeads) store);
        return transactions;
    }

    @Override
    protected UUID aUser() {
        return UUID.randomUUID();
    }
}
