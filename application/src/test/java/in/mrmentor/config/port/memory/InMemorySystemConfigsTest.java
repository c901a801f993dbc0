package in.mrmentor.config.port.memory;

import in.mrmentor.config.port.SystemConfigs;
import in.mrmentor.config.port.SystemConfigsContract;
import in.mrmentor.shared.port.Transactions;
import in.mrmentor.shared.port.memory.InMemoryTransactions;

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
