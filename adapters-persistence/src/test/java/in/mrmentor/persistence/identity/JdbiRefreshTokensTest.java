package in.mrmentor.persistence.identity;

import in.mrmentor.identity.port.RefreshTokens;
import in.mrmentor.identity.port.RefreshTokensContract;
import in.mrmentor.identity.port.Users;
import in.mrmentor.persistence.JdbiTransactions;
import in.mrmentor.persistence.testing.FreshDatabase;
import in.mrmentor.shared.port.Transactions;

import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiRefreshTokensTest extends RefreshTokensContract {
    @RegisterExtension
    final FreshDatabase database = new FreshDatabase();

    @Override
    protected RefreshTokens newTokens() {
        return new JdbiRefreshTokens(database.jdbi());
    }

    @Override
    protected Users usersOf() {
        return new JdbiUsers(database.jdbi());
    }

    @Override
    protected Transactions transactionsOf() {
        return new JdbiTransactions(database.jdbi());
    }
}
