package in.mrmentor.persistence.config;

import in.mrmentor.config.port.SystemConfigs;
import in.mrmentor.config.port.SystemConfigsContract;
import in.mrmentor.persistence.JdbiTransactions;
import in.mrmentor.persistence.testing.FreshDatabase;
import in.mrmentor.shared.port.Transactions;

import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiSystemConfigsTest extends SystemConfigsContract {
    @RegisterExtension
    final FreshDatabase database = new FreshDatabase();

    @Override
    protected SystemConfigs newConfigs() {
        return new JdbiSystemConfigs(database.jdbi());
    }

    @Override
    protected Transactions transactionsFor(SystemConfigs configs) {
        return new JdbiTransactions(database.jdbi());
    }
}
