package in.mrmentor.persistence.config;

import in.mrmentor.config.port.SystemConfigs;
import in.mrmentor.config.port.SystemConfigsContract;
import in.mrmentor.persistence.Database;
import in.mrmentor.persistence.JdbiTransactions;
import in.mrmentor.persistence.testing.TestPostgres;
import in.mrmentor.shared.port.Transactions;
import org.junit.jupiter.api.AfterEach;

class JdbiSystemConfigsTest extends SystemConfigsContract {
    private Database database;

    @Override
    protected SystemConfigs newConfigs() {
        database = TestPostgres.get().freshDatabase();
        return new JdbiSystemConfigs(database.jdbi());
    }

    @Override
    protected Transactions transactionsFor(SystemConfigs configs) {
        return new JdbiTransactions(database.jdbi());
    }

    @AfterEach
    void close() {
        database.close();
    }
}
