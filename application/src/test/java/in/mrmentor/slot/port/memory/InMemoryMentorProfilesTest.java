package in.mrmentor.slot.port.memory;

import in.mrmentor.slot.port.MentorProfiles;
import in.mrmentor.slot.port.MentorProfilesContract;

import java.util.UUID;

class InMemoryMentorProfilesTest extends MentorProfilesContract {
    private final InMemoryPeople people = new InMemoryPeople();

    @Override
    protected MentorProfiles newProfiles() {
        return new InMemoryMentorProfiles(people);
    }

    @Override
    protected UUID aUser(String name, String role, boolean active) {
        return people.register(name, role, active).id();
    }
}
