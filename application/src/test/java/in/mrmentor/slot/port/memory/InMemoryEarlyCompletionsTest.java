package in.mrmentor.slot.port.memory;

import in.mrmentor.slot.port.EarlyCompletions;
import in.mrmentor.slot.port.EarlyCompletionsContract;

import java.util.UUID;

class InMemoryEarlyCompletionsTest extends EarlyCompletionsContract {
    @Override
    protected EarlyCompletions newCompletions() {
        return new InMemoryEarlyCompletions();
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
