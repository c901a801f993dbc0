package in.mrmentor.identity.port.memory;

import in.mrmentor.identity.port.LoginAttempts;
import in.mrmentor.identity.port.LoginAttemptsContract;
import in.mrmentor.shared.port.Transactions;
import in.mrmentor.shared.port.memory.InMemoryTransactions;

class InMemoryLoginAttemptsTest extends LoginAttemptsContract {
    @Override
    protected LoginAttempts newAttempts() {
        return new InMemoryLoginAttempts();
    }

    @Override
    protected Transactions transactionsFor(LoginAttempts attempts) {
        var transactions = new InMemoryTransactions();
        transactions.enlist((InMemoryLoginAttempts) attempts);
        return transactions;
    }
}
