package in.mrmentor.persistence.memory;

import in.mrmentor.config.port.SystemConfigs;
import in.mrmentor.config.port.SystemConfigsContract;
import in.mrmentor.shared.port.Transactions;

class InMemorySystemConfigsTest extends SystemConfigsContract {

    @Override
    protected SystemConfigs newConfigs() {
        return new InMemorySystemConfigs();
    }

    @Override
    protected Transactions transactionsFor(SystemConfigs configs) {
        var transactions = new InMemoryTransactions();
        transactions.enlist((InMemorySystemConfigs) configs);
        return transactions;
    }
}
