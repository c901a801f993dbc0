package in.mrmentor.identity.port.memory;

import in.mrmentor.identity.port.LoginLogs;
import in.mrmentor.identity.port.LoginLogsContract;
import in.mrmentor.identity.port.Users;
import in.mrmentor.shared.port.Transactions;
import in.mrmentor.shared.port.memory.InMemoryTransactions;

class InMemoryLoginLogsTest extends LoginLogsContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();

    @Override
    protected LoginLogs newLogs() {
        return transactions.enlist(new InMemoryLoginLogs());
    }

    @Override
    protected Users usersOf() {
        return transactions.enlist(new InMemoryUsers());
    }

    @Override
    protected Transactions transactionsOf() {
        return transactions;
    }
}
