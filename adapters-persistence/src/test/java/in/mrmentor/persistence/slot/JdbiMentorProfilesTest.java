package in.mrmentor.persistence.slot;

import in.mrmentor.persistence.testing.FreshDatabase;
import in.mrmentor.slot.port.MentorProfiles;
import in.mrmentor.slot.port.MentorProfilesContract;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.UUID;

class JdbiMentorProfilesTest extends MentorProfilesContract {
    @RegisterExtension
    final FreshDatabase database = new FreshDatabase();

    @Override
    protected MentorProfiles newProfiles() {
        return new JdbiMentorProfiles(database.jdbi());
    }

    @Override
    protected UUID aUser(String name, String role, boolean active) {
        return TestParticipants.insert(database.jdbi(), name, role, active);
    }
}
