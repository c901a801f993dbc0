package in.mrmentor.persistence.identity;

import in.mrmentor.identity.port.LoginLogs;
import in.mrmentor.identity.port.LoginLogsContract;
import in.mrmentor.identity.port.Users;
import in.mrmentor.persistence.JdbiTransactions;
import in.mrmentor.persistence.testing.FreshDatabase;
import in.mrmentor.shared.port.Transactions;

import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiLoginLogsTest extends LoginLogsContract {
    @RegisterExtension
    final FreshDatabase database = new FreshDatabase();

    @Override
    protected LoginLogs newLogs() {
        return new JdbiLoginLogs(database.jdbi());
    }

    @Override
    protected Users usersOf() {
        return new JdbiUsers(database.jdbi());
    }

    @Override
    protected Transactions transactionsOf() {
        return new JdbiTransactions(database.jdbi());
    }
}
