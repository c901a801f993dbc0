package in.mrmentor.persistence.slot;

import in.mrmentor.persistence.testing.FreshDatabase;
import in.mrmentor.persistence.token.TestUsers;
import in.mrmentor.slot.port.EarlyCompletions;
import in.mrmentor.slot.port.EarlyCompletionsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.UUID;

class JdbiEarlyCompletionsTest extends EarlyCompletionsContract {
    @RegisterExtension
    final FreshDatabase database = new FreshDatabase();

    @Override
    protected EarlyCompletions newCompletions() {
        return new JdbiEarlyCompletions(database.jdbi());
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
