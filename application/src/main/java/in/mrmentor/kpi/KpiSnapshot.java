package in.mrmentor.kpi;

import in.mrmentor.identity.Role;
import in.mrmentor.mail.OutboxEntry;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The platform's headline figures at one instant, as the seed's KPI worker rolled them up for the
 * dashboards. It holds the figures that exist so far; each context adds its own as it arrives.
 *
 * @param usersByRole    every role, 0 when nobody holds it
 * @param outboxByStatus every outbox status, 0 when no message has it
 */
public record KpiSnapshot(Instant takenAt, Map<Role, Long> usersByRole, Map<OutboxEntry.Status, Long> outboxByStatus) {
    public KpiSnapshot {
        Objects.requireNonNull(takenAt, "takenAt");
        usersByRole = complete(usersByRole, Role.class, "usersByRole");
        outboxByStatus = complete(outboxByStatus, OutboxEntry.Status.class, "outboxByStatus");
    }

    public long totalUsers() {
        return usersByRole.values().stream().mapToLong(Long::longValue).sum();
    }

    // A gauge per key is registered once; a key missing from one snapshot would leave it stale.
    private static <K extends Enum<K>> Map<K, Long> complete(Map<K, Long> counts, Class<K> keys, String name) {
        Objects.requireNonNull(counts, name);
        Map<K, Long> copy = new EnumMap<>(keys);
        for (K key : keys.getEnumConstants()) {
            Long count = counts.get(key);
            if (count == null || count < 0) {
                throw new IllegalArgumentException(name + " needs a count of at least 0 for " + key);
            }
            copy.put(key, count);
        }
        return Collections.unmodifiableMap(copy);
    }
}
