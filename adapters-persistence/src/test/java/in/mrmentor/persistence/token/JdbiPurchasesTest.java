package in.mrmentor.persistence.token;

import in.mrmentor.persistence.JdbiTransactions;
import in.mrmentor.persistence.testing.FreshDatabase;
import in.mrmentor.shared.port.Transactions;
import in.mrmentor.token.port.Purchases;
import in.mrmentor.token.port.PurchasesContract;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.UUID;

class JdbiPurchasesTest extends PurchasesContract {
    @RegisterExtension
    final FreshDatabase database = new FreshDatabase();

    @Override
    protected Purchases newPurchases() {
        return new JdbiPurchases(database.jdbi());
    }

    @Override
    protected Transactions transactionsFor(Purchases store) {
        return new JdbiTransactions(database.jdbi());
    }

    @Override
    protected UUID aUser() {
        return TestUsers.insert(database.jdbi());
    }
}
