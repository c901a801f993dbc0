package in.mrmentor.persistence.lead;

import in.mrmentor.lead.port.Leads;
import in.mrmentor.lead.port.LeadsContract;
import in.mrmentor.persistence.JdbiTransactions;
import in.mrmentor.persistence.testing.FreshDatabase;
import in.mrmentor.persistence.token.TestUsers;
import in.mrmentor.shared.port.Transactions;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.UUID;

class JdbiLeadsTest extends LeadsContract {
    @RegisterExtension
    final FreshDatabase database = new FreshDatabase();

    @Override
    protected Leads newLeads() {
        return new JdbiLeads(database.jdbi());
    }

    @Override
    protected Transactions transactionsFor(Leads store) {
        return new JdbiTransactions(database.jdbi());
    }

    @Override
    protected UUID aUser() {
        return TestUsers.insert(database.jdbi());
    }
}
