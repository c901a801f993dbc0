package in.mrmentor.bootstrap.platform;

import in.mrmentor.persistence.Database;
import in.mrmentor.shared.port.HealthCheck;

/** {@code database} in {@code /api/health}: a pooled connection answers a validity check. */
public final class DatabaseHealth implements HealthCheck {
    private final Database database;

    public DatabaseHealth(Database database) {
        this.database = database;
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public boolean isUp() {
        return database.isUp();
    }
}
