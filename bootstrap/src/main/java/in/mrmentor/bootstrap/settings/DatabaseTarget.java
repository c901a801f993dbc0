package in.mrmentor.bootstrap.settings;

import java.util.Objects;

/** Where the database is: the embedded one under {@code MAS_DATA_DIR}, or an external server. */
public sealed interface DatabaseTarget {

    record Embedded() implements DatabaseTarget {
    }

    /** {@code source} names the variables it came from, for messages. */
    record External(String jdbcUrl, String user, Secret password, String source) implements DatabaseTarget {
        public External {
            Objects.requireNonNull(jdbcUrl, "jdbcUrl");
            Objects.requireNonNull(source, "source");
        }
    }
}
