package in.mrmentor.persistence.identity;

import in.mrmentor.identity.port.Users;
import in.mrmentor.identity.port.UsersContract;
import in.mrmentor.persistence.JdbiTransactions;
import in.mrmentor.persistence.testing.FreshDatabase;
import in.mrmentor.shared.port.Transactions;

import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiUsersTest extends UsersContract {
    @RegisterExtension
    final FreshDatabase database = new FreshDatabase();

    @Override
    protected Users newUsers() {
        return new JdbiUsers(database.jdbi());
    }

    @Override
    protected Transactions transactionsFor(Users users) {
        return new JdbiTransactions(database.jdbi());
    }
}
