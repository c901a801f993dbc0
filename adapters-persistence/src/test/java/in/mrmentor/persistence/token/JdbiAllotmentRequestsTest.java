package in.mrmentor.persistence.token;

import in.mrmentor.persistence.JdbiTransactions;
import in.mrmentor.persistence.testing.FreshDatabase;
import in.mrmentor.shared.port.Transactions;
import in.mrmentor.token.port.AllotmentRequests;
import in.mrmentor.token.port.AllotmentRequestsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.UUID;

class JdbiAllotmentRequestsTest extends AllotmentRequestsContract {
    @RegisterExtension
    final FreshDatabase database = new FreshDatabase();

    @Override
    protected AllotmentRequests newRequests() {
        return new JdbiAllotmentRequests(database.jdbi());
    }

    @Override
    protected Transactions transactionsFor(AllotmentRequests store) {
        return new JdbiTransactions(database.jdbi());
    }

    @Override
    protected UUID aUser() {
        return TestUsers.insert(database.jdbi());
    }
}
