package in.mrmentor.persistence.embedded;

import java.nio.file.Path;

/** Another live process owns the embedded PostgreSQL of this data directory. */
public final class DataDirectoryInUseException extends EmbeddedPostgresException {
    private static final long serialVersionUID = 1L;

    private final transient Path root;

    public DataDirectoryInUseException(Path root) {
        super("Another process already runs the embedded PostgreSQL in " + root
                + ". Stop it, or set MAS_DATA_DIR to another directory.");
        this.root = root;
    }

    public Path root() {
        return root;
    }
}
