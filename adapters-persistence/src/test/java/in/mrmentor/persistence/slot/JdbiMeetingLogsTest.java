package in.mrmentor.persistence.slot;

import in.mrmentor.persistence.testing.FreshDatabase;
import in.mrmentor.persistence.token.TestUsers;
import in.mrmentor.slot.port.MeetingLogs;
import in.mrmentor.slot.port.MeetingLogsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.UUID;

class JdbiMeetingLogsTest extends MeetingLogsContract {
    @RegisterExtension
    final FreshDatabase database = new FreshDatabase();

    @Override
    protected MeetingLogs newLogs() {
        return new JdbiMeetingLogs(database.jdbi());
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
