package in.mrmentor.persistence.slot;

import in.mrmentor.persistence.testing.FreshDatabase;
import in.mrmentor.persistence.token.TestUsers;
import in.mrmentor.slot.port.MeetingActionTokens;
import in.mrmentor.slot.port.MeetingActionTokensContract;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.UUID;

class JdbiMeetingActionTokensTest extends MeetingActionTokensContract {
    @RegisterExtension
    final FreshDatabase database = new FreshDatabase();

    @Override
    protected MeetingActionTokens newTokens() {
        return new JdbiMeetingActionTokens(database.jdbi());
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
