package in.mrmentor.persistence.token;

import in.mrmentor.persistence.JdbiTransactions;
import in.mrmentor.persistence.testing.FreshDatabase;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;
import in.mrmentor.token.port.Ledger;
import in.mrmentor.token.port.LedgerContract;

import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.UUID;

class JdbiLedgerTest extends LedgerContract {
    @RegisterExtension
    final FreshDatabase database = new FreshDatabase();

    @Override
    protected Ledger newLedger() {
        return new JdbiLedger(database.jdbi(), Ids.random());
    }

    @Override
    protected Transactions transactionsFor(Ledger ledger) {
        return new JdbiTransactions(database.jdbi());
    }

    @Override
    protected UUID aUser() {
        return TestUsers.insert(database.jdbi());
    }
}
