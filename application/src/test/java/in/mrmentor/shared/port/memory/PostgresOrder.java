package in.mrmentor.shared.port.memory;

import java.util.Comparator;
import java.util.UUID;

/** The orders PostgreSQL sorts by, so the in-memory adapters list rows as the Jdbi ones do. */
public final class PostgresOrder {
    // PostgreSQL orders uuids by their unsigned bytes, which is the order of their lower-case hex text.
    public static final Comparator<UUID> UUIDS = Comparator.comparing(UUID::toString);

    private PostgresOrder() {
    }
}
