package in.mrmentor.slot.port.memory;

import in.mrmentor.slot.port.Participants;
import in.mrmentor.slot.port.ParticipantsContract;

import java.util.UUID;

class InMemoryParticipantsTest extends ParticipantsContract {
    private final InMemoryParticipants registry = new InMemoryParticipants();

    @Override
    protected Participants newParticipants() {
        return registry;
    }

    @Override
    protected UUID aPerson(String name, String role, boolean active) {
        return registry.register(name, role, active).id();
    }
}
