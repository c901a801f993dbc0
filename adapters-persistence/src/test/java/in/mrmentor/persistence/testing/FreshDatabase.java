package in.mrmentor.persistence.testing;

import in.mrmentor.persistence.Database;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A migrated database of the test's own, made on first use in each test and closed after it:
 * {@code @RegisterExtension final FreshDatabase database = new FreshDatabase();}.
 */
public final class FreshDatabase implements AfterEachCallback {
    private Database database;

    public Database database() {
        if (database == null) {
            database = TestPostgres.get().freshDatabase();
        }
        return database;
    }

    public Jdbi jdbi() {
        return database().jdbi();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (database != null) {
            database.close();
            database = null;
        }
    }
}
