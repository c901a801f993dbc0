package in.mrmentor.persistence.identity;

import in.mrmentor.identity.port.Users;
import in.mrmentor.identity.port.UsersContract;
import in.mrmentor.persistence.Database;
import in.mrmentor.persistence.JdbiTransactions;
import in.mrmentor.persistence.testing.TestPostgres;
import in.mrmentor.shared.port.Transactions;
import org.junit.jupiter.api.AfterEach;

class JdbiUsersTest extends UsersContract {
    private Database database;

    @Override
    protected Users newUsers() {
        return new JdbiUsers(database().jdbi());
    }

    @Override
    protected Transactions transactionsFor(Users users) {
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
