package in.mrmentor.identity.port.memory;

import in.mrmentor.identity.port.RefreshTokens;
import in.mrmentor.identity.port.RefreshTokensContract;
import in.mrmentor.identity.port.Users;
import in.mrmentor.shared.port.Transactions;
import in.mrmentor.shared.port.memory.InMemoryTransactions;

class InMemoryRefreshTokensTest extends RefreshTokensContract {
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryUsers users = transactions.enlist(new InMemoryUsers());

    @Override
    protected RefreshTokens newTokens() {
        return transactions.enlist(new InMemoryRefreshTokens());
    }

    @Override
    protected Users usersOf() {
        return users;
    }

    @Override
    protected Transactions transactionsOf() {
        return transactions;
    }
}
