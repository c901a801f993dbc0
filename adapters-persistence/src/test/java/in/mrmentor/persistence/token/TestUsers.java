package in.mrmentor.persistence.token;

import org.jdbi.v3.core.Jdbi;

import java.util.UUID;

/** Inserts bare {@code users} rows, so token tables' foreign keys have something to point at. */
public final class TestUsers {

    private TestUsers() {
    }

    public static UUID insert(Jdbi jdbi) {
        UUID id = UUID.randomUUID();
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO users (id, email, name, role, password_hash, "
                        + "password_changed_at) VALUES (:id, :email, 'Test User', 'USER', 'x', now())")
                .bind("id", id).bind("email", id + "@example.com").execute());
        return id;
    }
}
