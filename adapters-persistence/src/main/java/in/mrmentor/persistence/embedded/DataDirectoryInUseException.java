package in.mrmentor.persistence.embedded;

import java.nio.file.Path;
import java.time.Duration;

/** Another live process kept starting or stopping the embedded PostgreSQL of this data directory for longer than we wait. */
public final class DataDirectoryInUseException extends EmbeddedPostgresException {
    private static final long serialVersionUID = 1L;

    private final transient Path root;

    public DataDirectoryInUseException(Path root, Duration waited) {
        super("Another process has been starting or stopping the embedded PostgreSQL in " + root + " for more than "
                + (waited.toMillis() < 1000 ? waited.toMillis() + " ms" : waited.toSeconds() + " s") + ". Let it finish (its log is " + root.resolve("postgres/server.log")
                + "), stop it, or set MAS_DATA_DIR to another directory.");
        this.root = root;
    }

    public Path root() {
        return root;
    }
}
