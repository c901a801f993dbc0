package in.mrmentor.identity.port.memory;

import in.mrmentor.identity.port.Users;
import in.mrmentor.identity.port.UsersContract;
import in.mrmentor.shared.port.Transactions;
import in.mrmentor.shared.port.memory.InMemoryTransactions;

class InMemoryUsersTest extends UsersContract {
    @Override
    protected Users newUsers() {
        return new InMemoryUsers();
    }

    @Override
    protected Transactions transactionsFor(Users users) {
        var transactions = new InMemoryTransactions();
        transactions.enlist((InMemoryUsers) users);
        return transactions;
    }
}
