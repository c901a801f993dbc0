package in.mrmentor.persistence.identity;

import in.mrmentor.identity.port.OneTimeCodes;
import in.mrmentor.identity.port.OneTimeCodesContract;
import in.mrmentor.persistence.JdbiTransactions;
import in.mrmentor.persistence.testing.FreshDatabase;
import in.mrmentor.shared.port.Transactions;

import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiOneTimeCodesTest extends OneTimeCodesContract {
    @RegisterExtension
    final FreshDatabase database = new FreshDatabase();

    @Override
    protected OneTimeCodes newCodes() {
        return new JdbiOneTimeCodes(database.jdbi());
    }

    @Override
    protected Transactions transactionsFor(OneTimeCodes codes) {
        return new JdbiTransactions(database.jdbi());
    }
}
