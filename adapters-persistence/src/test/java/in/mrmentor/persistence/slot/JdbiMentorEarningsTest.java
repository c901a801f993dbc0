package in.mrmentor.persistence.slot;

import in.mrmentor.persistence.JdbiTransactions;
import in.mrmentor.persistence.testing.FreshDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;
import in.mrmentor.persistence.token.TestUsers;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;
import in.mrmentor.slot.port.MentorEarnings;
import in.mrmentor.slot.port.MentorEarningsContract;

import java.util.UUID;

class JdbiMentorEarningsTest extends MentorEarningsContract {
    @RegisterExtension
    final FreshDatabase database = new FreshDatabase();

    @Override
    protected MentorEarnings newEarnings() {
        return new JdbiMentorEarnings(database.jdbi(), Ids.random());
    }

    @Override
    protected Transactions transactionsFor(MentorEarnings earnings) {
        return new JdbiTransactions(database.jdbi());
    }

    @Override
    protected UUID aUser() {
        return TestUsers.insert(database.jdbi());
    }
}
