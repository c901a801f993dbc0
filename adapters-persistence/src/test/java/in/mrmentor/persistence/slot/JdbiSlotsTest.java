package in.mrmentor.persistence.slot;

import in.mrmentor.persistence.JdbiTransactions;
import in.mrmentor.persistence.testing.FreshDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;
import in.mrmentor.persistence.token.TestUsers;
import in.mrmentor.shared.port.Transactions;
import in.mrmentor.slot.port.Slots;
import in.mrmentor.slot.port.SlotsContract;

import java.util.UUID;

class JdbiSlotsTest extends SlotsContract {
    @RegisterExtension
    final FreshDatabase database = new FreshDatabase();

    @Override
    protected Slots newSlots() {
        return new JdbiSlots(database.jdbi());
    }

    @Override
    protected Transactions transactionsFor(Slots slots) {
        return new JdbiTransactions(database.jdbi());
    }

    @Override
    protected UUID aUser() {
        return TestUsers.insert(database.jdbi());
    }
}
