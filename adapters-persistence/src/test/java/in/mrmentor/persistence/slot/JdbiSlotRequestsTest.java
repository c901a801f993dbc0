package in.mrmentor.persistence.slot;

import in.mrmentor.persistence.testing.FreshDatabase;
import in.mrmentor.persistence.token.TestUsers;
import in.mrmentor.slot.port.SlotRequests;
import in.mrmentor.slot.port.SlotRequestsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.UUID;

class JdbiSlotRequestsTest extends SlotRequestsContract {
    @RegisterExtension
    final FreshDatabase database = new FreshDatabase();

    @Override
    protected SlotRequests newRequests() {
        return new JdbiSlotRequests(database.jdbi());
    }

    @Override
    protected UUID aUser() {
        return TestUsers.insert(database.jdbi());
    }

    @Override
    protected UUID aSlot() {
        return TestParticipants.aSlot(database.jdbi(), NOW);
    }
}
