package in.mrmentor.slot.port.memory;

import in.mrmentor.slot.port.SlotRequests;
import in.mrmentor.slot.port.SlotRequestsContract;

import java.util.UUID;

class InMemorySlotRequestsTest extends SlotRequestsContract {
    @Override
    protected SlotRequests newRequests() {
        return new InMemorySlotRequests();
    }

    @Override
    protected UUID aUser() {
        return UUID.randomUUID();
    }

    @Override
    protected UUID aSlot() {
        return UUID.randomUUID();
    }
}
