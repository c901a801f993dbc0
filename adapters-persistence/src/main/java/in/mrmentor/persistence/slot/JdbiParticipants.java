package in.mrmentor.persistence.slot;

import in.mrmentor.slot.port.Participants;
import org.jdbi.v3.core.Jdbi;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Reads names and addresses from the identity tables; mentorship never writes them. */
public final class JdbiParticipants implements Participants {
    private final Jdbi jdbi;

    public JdbiParticipants(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<Person> find(UUID userId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, name, email, role, is_active FROM users WHERE id = :id")
                .bind("id", userId)
                .map((rs, ctx) -> new Person(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("email"), rs.getString("role"), rs.getBoolean("is_active")))
                .findOne());
    }

    @Override
    public Map<UUID, Person> findAll(Collection<UUID> userIds) {
        Map<UUID, Person> found = new HashMap<>();
        if (userIds.isEmpty()) {
            return found;
        }
        jdbi.useHandle(h -> h.createQuery("SELECT id, name, email, role, is_active FROM users WHERE id = ANY(:ids)")
                .bindArray("ids", UUID.class, List.copyOf(userIds))
                .map((rs, ctx) -> new Person(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("email"), rs.getString("role"), rs.getBoolean("is_active")))
                .forEach(person -> found.put(person.id(), person)));
        return found;
    }
}
