package in.mrmentor.identity.port;

import in.mrmentor.identity.Email;
import in.mrmentor.identity.Role;
import in.mrmentor.identity.User;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The {@code users} rows. An e-mail address belongs to at most one user, whatever its letter case. */
public interface Users {

    Optional<User> findById(UUID id);

    Optional<User> findByEmail(Email email);

    /**
     * The role of the user when it is active and holds {@code credentialVersion}, else empty: the
     * access-token check, read afresh on every request (no cache, so a password change, a
     * deactivation or a role change ends older tokens at once in every process). An adapter answers
     * it with one primary-key read of the few columns it needs.
     */
    default Optional<Role> roleAcceptingToken(UUID id, long credentialVersion) {
        return findById(id).filter(u -> u.acceptsToken(credentialVersion)).map(User::role);
    }

    /** The user, its row locked until the current transaction ends (changes to one account run one after another). */
    Optional<User> lockById(UUID id);

    /**
     * Locks the rows of every active SUPERADMIN until the current transaction ends and answers how many
     * there are. Two changes that would each take one of the last two away are thus decided one after
     * the other, and the second sees only one left.
     */
    long lockActiveSuperadmins();

    /** Inserts a new user; an address already taken is an {@code EMAIL_TAKEN} conflict. */
    void add(User user);

    /** Replaces the user with the same id (everything but id, e-mail and creation time); false when there is none. */
    boolean replace(User user);

    /**
     * Users ordered by creation time, then id, oldest first.
     *
     * @param role  only users of this role, or null for all
     * @param page  the users after its key in that order, up to {@link PageRequest#fetch()} of them
     */
    List<User> page(Role role, PageRequest<TimeKey> page);

    /** How many users hold each role, active or not; every role is a key, with 0 when nobody holds it. */
    Map<Role, Long> countByRole();
}
