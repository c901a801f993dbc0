package in.mrmentor.slot.port.memory;

import in.mrmentor.slot.port.SlotFeedbacks;
import in.mrmentor.slot.port.TokenUsages;
import in.mrmentor.slot.port.TokenUsagesContract;

import java.util.UUID;

class InMemoryTokenUsagesTest extends TokenUsagesContract {
    @Override
    protected TokenUsages newUsages() {
        return new InMemoryTokenUsages();
    }

    @Override
    protected SlotFeedbacks newFeedbacks() {
        return new InMemorySlotFeedbacks();
    }

    @Override
    protected UUID[] aBookedSlot() {
        return new UUID[] {UUID.randomUUID(), UUID.randomUUID()};
    }
}
