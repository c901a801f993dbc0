package in.mrmentor.slot.port.memory;

import in.mrmentor.slot.port.MeetingLogs;
import in.mrmentor.slot.port.MeetingLogsContract;

import java.util.UUID;

class InMemoryMeetingLogsTest extends MeetingLogsContract {
    @Override
    protected MeetingLogs newLogs() {
        return new InMemoryMeetingLogs();
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
