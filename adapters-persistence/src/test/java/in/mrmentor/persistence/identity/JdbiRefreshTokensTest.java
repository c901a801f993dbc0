package in.mrmentor.persistence.identity;

import in.mrmentor.identity.port.RefreshTokens;
import in.mrmentor.identity.port.RefreshTokensContract;
import in.mrmentor.identity.port.Users;
import in.mrmentor.persistence.Database;
import in.mrmentor.persistence.JdbiTransactions;
import in.mrmentor.persistence.testing.TestPostgres;
import in.mrmentor.shared.port.Transactions;
import org.junit.jupiter.api.AfterEach;

class JdbiRefreshTokensTest extends RefreshTokensContract {
    private Database database;

    @Override
    protected RefreshTokens newTokens() {
        return new JdbiRefreshTokens(database().jdbi());
    }

    @Override
    protected Users usersOf() {
        return new JdbiUsers(database().jdbi());
    }

    @Override
    protected Transactions transactionsOf() {
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
