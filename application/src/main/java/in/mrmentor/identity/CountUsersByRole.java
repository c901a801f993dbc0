package in.mrmentor.identity;

import in.mrmentor.identity.port.Users;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** How many users hold each role: identity's share of the dashboard figures, open to other contexts. */
public final class CountUsersByRole {
    private final Users users;

    public CountUsersByRole(Users users) {
        this.users = Objects.requireNonNull(users, "users");
    }

    /** Every role, 0 when nobody holds it, so a dashboard series never disappears. */
    public Map<Role, Long> count() {
        Map<Role, Long> counts = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            counts.put(role, 0L);
        }
        counts.putAll(users.countByRole());
        return Collections.unmodifiableMap(counts);
    }
}
