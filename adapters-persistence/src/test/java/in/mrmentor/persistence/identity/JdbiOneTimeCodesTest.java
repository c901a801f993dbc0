package in.mrmentor.persistence.identity;

import in.mrmentor.identity.port.OneTimeCodes;
import in.mrmentor.identity.port.OneTimeCodesContract;
import in.mrmentor.persistence.Database;
import in.mrmentor.persistence.JdbiTransactions;
import in.mrmentor.persistence.testing.TestPostgres;
import in.mrmentor.shared.port.Transactions;
import org.junit.jupiter.api.AfterEach;

class JdbiOneTimeCodesTest extends OneTimeCodesContract {
    private Database database;

    @Override
    protected OneTimeCodes newCodes() {
        return new JdbiOneTimeCodes(database().jdbi());
    }

    @Override
    protected Transactions transactionsFor(OneTimeCodes codes) {
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
