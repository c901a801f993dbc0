package in.mrmentor.persistence.identity;

import in.mrmentor.identity.port.LoginAttempts;
import in.mrmentor.identity.port.LoginAttemptsContract;
import in.mrmentor.persistence.JdbiTransactions;
import in.mrmentor.persistence.testing.FreshDatabase;
import in.mrmentor.shared.port.Transactions;

import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiLoginAttemptsTest extends LoginAttemptsContract {
    @RegisterExtension
    final FreshDatabase database = new FreshDatabase();

    @Override
    protected LoginAttempts newAttempts() {
        return new JdbiLoginAttempts(database.jdbi());
    }

    @Override
    protected Transactions transactionsFor(LoginAttempts attempts) {
        return new JdbiTransactions(database.jdbi());
    }
}
