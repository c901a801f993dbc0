package in.mrmentor.shared;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A sort key for lists ordered by a timestamp, ties broken by id. */
public record TimeKey(Instant at, UUID id) {
    /** Oldest first; ids compare as PostgreSQL compares {@code uuid}s, so both adapters agree. */
    public static final Comparator<TimeKey> OLDEST_FIRST =
            Comparator.comparing(TimeKey::at).thenComparing(TimeKey::id, Keyset.ID_ORDER);
    /** Newest first; ids that tie on the time still ascend, as the lists ordered so kept them before paging. */
    public static final Comparator<TimeKey> NEWEST_FIRST =
            Comparator.comparing(TimeKey::at).reversed().thenComparing(TimeKey::id, Keyset.ID_ORDER);

    public TimeKey {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(id, "id");
    }

    static List<String> write(TimeKey key) {
        return List.of(key.at.toString(), key.id.toString());
    }

    static TimeKey read(List<String> parts) {
        return new TimeKey(Instant.parse(parts.get(0)), Keyset.uuid(parts.get(1)));
    }
}
