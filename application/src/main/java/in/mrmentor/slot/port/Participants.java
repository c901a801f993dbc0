package in.mrmentor.slot.port;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Who is who, as far as mentorship needs it: names and addresses for mails, roles for checks. */
public interface Participants {

    record Person(UUID id, String name, String email, String role, boolean active) {
    }

    Optional<Person> find(UUID userId);

    /** Everyone of {@code userIds} who exists, by id; an adapter answers them in one read. */
    default Map<UUID, Person> findAll(Collection<UUID> userIds) {
        Map<UUID, Person> found = new HashMap<>();
        for (UUID id : userIds) {
            find(id).ifPresent(person -> found.put(id, person));
        }
        return found;
    }
}
