package in.mrmentor.identity.port.memory;

import in.mrmentor.identity.Email;
import in.mrmentor.identity.IdentityErrors;
import in.mrmentor.identity.Role;
import in.mrmentor.identity.User;
import in.mrmentor.identity.port.Users;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;
import in.mrmentor.shared.port.memory.InMemoryTransactions;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

public final class InMemoryUsers implements Users, InMemoryTransactions.Participant {
    private final Map<UUID, User> rows = new LinkedHashMap<>();

    @Override
    public synchronized Optional<User> findById(UUID id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public synchronized Optional<User> findByEmail(Email email) {
        return rows.values().stream().filter(user -> user.email().equals(email)).findFirst();
    }

    /** In memory a transaction holds the one global lock, so a locked read is a read. */
    @Override
    public synchronized Optional<User> lockById(UUID id) {
        return findById(id);
    }

    @Override
    public synchronized long lockActiveSuperadmins() {
        return rows.values().stream().filter(user -> user.active() && user.role() == Role.SUPERADMIN).count();
    }

    @Override
    public synchronized void add(User user) {
        if (findByEmail(user.email()).isPresent() || rows.containsKey(user.id())) {
            throw IdentityErrors.emailTaken();
        }
        rows.put(user.id(), user);
    }

    @Override
    public synchronized boolean replace(User user) {
        User existing = rows.get(user.id());
        if (existing == null) {
            return false;
        }
        rows.put(user.id(), new User(existing.id(), existing.email(), user.name(), user.phone(), user.role(),
                user.passwordHash(), user.passwordChangedAt(), existing.createdAt(), user.active(),
                existing.credentialVersion() + (changesCredentials(existing, user) ? 1 : 0)));
        return true;
    }

    /** The port's rule, as {@code JdbiUsers} has it in SQL: the stored version moves on any credential change. */
    private static boolean changesCredentials(User stored, User next) {
        return !stored.passwordHash().equals(next.passwordHash()) || stored.role() != next.role()
                || stored.active() != next.active();
    }

    @Override
    public synchronized List<User> page(Role role, PageRequest<TimeKey> page) {
        return page.take(rows.values().stream().filter(user -> role == null || user.role() == role).toList(),
                user -> new TimeKey(user.createdAt(), user.id()), TimeKey.OLDEST_FIRST);
    }

    @Override
    public synchronized Map<Role, Long> countByRole() {
        Map<Role, Long> counts = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            counts.put(role, 0L);
        }
        rows.values().forEach(user -> counts.merge(user.role(), 1L, Long::sum));
        return counts;
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<UUID, User> copy = new LinkedHashMap<>(rows);
        return () -> {
            synchronized (this) {
                rows.clear();
                rows.putAll(copy);
            }
        };
    }
}
