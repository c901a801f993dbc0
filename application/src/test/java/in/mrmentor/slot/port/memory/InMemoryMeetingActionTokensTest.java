package in.mrmentor.slot.port.memory;

import in.mrmentor.slot.port.MeetingActionTokens;
import in.mrmentor.slot.port.MeetingActionTokensContract;

import java.util.UUID;

class InMemoryMeetingActionTokensTest extends MeetingActionTokensContract {
    @Override
    protected MeetingActionTokens newTokens() {
        return new InMemoryMeetingActionTokens();
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
