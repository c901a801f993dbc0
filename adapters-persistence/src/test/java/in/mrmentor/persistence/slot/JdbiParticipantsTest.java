package in.mrmentor.persistence.slot;

import in.mrmentor.persistence.testing.FreshDatabase;
import in.mrmentor.slot.port.Participants;
import in.mrmentor.slot.port.ParticipantsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.UUID;

class JdbiParticipantsTest extends ParticipantsContract {
    @RegisterExtension
    final FreshDatabase database = new FreshDatabase();

    @Override
    protected Participants newParticipants() {
        return new JdbiParticipants(database.jdbi());
    }

    @Override
    protected UUID aPerson(String name, String role, boolean active) {
        return TestParticipants.insert(database.jdbi(), name, role, active);
    }
}
