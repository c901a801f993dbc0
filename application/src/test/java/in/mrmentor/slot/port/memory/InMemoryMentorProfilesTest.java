package in.mrmentor.slot.port.memory;

import in.mrmentor.slot.port.MentorProfiles;
import in.mrmentor.slot.port.MentorProfilesContract;

import java.util.UUID;

class InMemoryMentorProfilesTest extends MentorProfilesContract {
    private final InMemoryParticipants participants = new InMemoryParticipants();

    @Override
    protected MentorProfiles newProfiles() {
        return new InMemoryMentorProfiles(participants);
    }

    @Override
    protected UUID aUser(String name, String role, boolean active) {
        return participants.register(name, role, active).id();
    }
}
