package in.mrmentor.identity.port;

import in.mrmentor.identity.Email;
import in.mrmentor.identity.Role;
import in.mrmentor.identity.User;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** The {@code users} rows. An e-mail address belongs to at most one user, whatever its letter case. */
public interface Users {

    /** Where a page of {@link #page} starts: after the user with this creation time and id. */
    record Position(Instant createdAt, UUID id) {
        public Position {
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(id, "id");
        }
    }

    Optional<User> findById(UUID id);

    Optional<User> findByEmail(Email email);

    /** Inserts a new user; an address already taken is an {@code EMAIL_TAKEN} conflict. */
    void add(User user);

    /** Replaces the user with the same id (everything but id, e-mail and creation time); false when there is none. */
    boolean replace(User user);

    /**
     * Users ordered by creation time, then id, oldest first.
     *
     * @param role  only users of this role, or null for all
     * @param after start after this position, or null for the first page
     */
    List<User> page(Role role, Position after, int limit);

    /** How many users hold each role, active or not; every role is a key, with 0 when nobody holds it. */
    Map<Role, Long> countByRole();
}
