package in.mrmentor.persistence.slot;

import in.mrmentor.persistence.testing.FreshDatabase;
import in.mrmentor.persistence.token.TestUsers;
import in.mrmentor.slot.port.MentorReputation;
import in.mrmentor.slot.port.MentorReputationContract;
import in.mrmentor.slot.port.SlotFeedbacks;
import in.mrmentor.slot.port.Slots;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.UUID;

class JdbiMentorReputationTest extends MentorReputationContract {
    @RegisterExtension
    final FreshDatabase database = new FreshDatabase();

    @Override
    protected Slots slots() {
        return new JdbiSlots(database.jdbi());
    }

    @Override
    protected SlotFeedbacks feedbacks() {
        return new JdbiSlotFeedbacks(database.jdbi());
    }

    @Override
    protected MentorReputation reputation() {
        return new JdbiMentorReputation(database.jdbi());
    }

    @Override
    protected UUID aUser() {
        return TestUsers.insert(database.jdbi());
    }
}
