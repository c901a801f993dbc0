package in.mrmentor.slot.port.memory;

import in.mrmentor.slot.port.MentorReputation;
import in.mrmentor.slot.port.MentorReputationContract;
import in.mrmentor.slot.port.SlotFeedbacks;
import in.mrmentor.slot.port.Slots;

import java.util.UUID;

class InMemoryMentorReputationTest extends MentorReputationContract {
    private final InMemorySlots slots = new InMemorySlots();
    private final InMemorySlotFeedbacks feedbacks = new InMemorySlotFeedbacks();

    @Override
    protected Slots slots() {
        return slots;
    }

    @Override
    protected SlotFeedbacks feedbacks() {
        return feedbacks;
    }

    @Override
    protected MentorReputation reputation() {
        return new InMemoryMentorReputation(slots, feedbacks);
    }

    @Override
    protected UUID aUser() {
        return UUID.randomUUID();
    }
}
