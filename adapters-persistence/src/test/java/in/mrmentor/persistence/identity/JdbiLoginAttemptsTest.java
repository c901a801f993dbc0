package in.mrmentor.persistence.identity;

import in.mrmentor.identity.port.LoginAttempts;
import in.mrmentor.identity.port.LoginAttemptsContract;
import in.mrmentor.persistence.Database;
import in.mrmentor.persistence.JdbiTransactions;
import in.mrmentor.persistence.testing.TestPostgres;
import in.mrmentor.shared.port.Transactions;
import org.junit.jupiter.api.AfterEach;

class JdbiLoginAttemptsTest extends LoginAttemptsContract {
    private Database database;

    @Override
    protected LoginAttempts newAttempts() {
        return new JdbiLoginAttempts(database().jdbi());
    }

    @Override
    protected Transactions transactionsFor(LoginAttempts attempts) {
        return new JdbiTransactions(database().jdbi());
    }

    private Database database() {
        if (database == null) {
            database = TestPostgres.get().freshDatabase();
        }
        return database;
    }

    @AfterEach
    void close() {
        database.close();
    }
}
