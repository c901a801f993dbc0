package in.mrmentor.slot.port.memory;

import in.mrmentor.slot.port.Recordings;
import in.mrmentor.slot.port.RecordingsContract;

import java.util.UUID;

class InMemoryRecordingsTest extends RecordingsContract {
    @Override
    protected Recordings newRecordings() {
        return new InMemoryRecordings();
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
