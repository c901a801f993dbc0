package in.mrmentor.persistence.slot;

import in.mrmentor.persistence.testing.FreshDatabase;
import in.mrmentor.persistence.token.TestUsers;
import in.mrmentor.slot.port.Recordings;
import in.mrmentor.slot.port.RecordingsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.UUID;

class JdbiRecordingsTest extends RecordingsContract {
    @RegisterExtension
    final FreshDatabase database = new FreshDatabase();

    @Override
    protected Recordings newRecordings() {
        return new JdbiRecordings(database.jdbi());
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
