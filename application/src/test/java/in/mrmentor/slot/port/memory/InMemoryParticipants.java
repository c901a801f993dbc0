package in.mrmentor.slot.port.memory;

import in.mrmentor.slot.port.Participants;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Who is who, for tests: participants are registered by the test, as sign-up would create them. */
public final class InMemoryParticipants implements Participants {
    private final Map<UUID, Person> participants = new ConcurrentHashMap<>();

    public Person register(String name, String role) {
        return register(name, role, true);
    }

    public Person register(String name, String role, boolean active) {
        UUID id = UUID.randomUUID();
        Person person = new Person(id, name, id + "@example.com", role, active);
        participants.put(id, person);
        return person;
    }

    @Override
    public Optional<Person> find(UUID userId) {
        return Optional.ofNullable(participants.get(userId));
    }

    public String nameOf(UUID userId) {
        return find(userId).map(Person::name).orElse("unknown");
    }
}
