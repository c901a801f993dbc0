package in.mrmentor.slot.port;

import java.util.Optional;
import java.util.UUID;

/** Who is who, as far as mentorship needs it: names and addresses for mails, roles for checks. */
public interface Participants {

    record Person(UUID id, String name, String email, String role, boolean active) {
    }

    Optional<Person> find(UUID userId);
}
