package in.mrmentor.persistence.pap;

import in.mrmentor.pap.port.Students;
import org.jdbi.v3.core.Jdbi;

import java.util.Optional;
import java.util.UUID;

public final class JdbiStudents implements Students {
    private final Jdbi jdbi;

    public JdbiStudents(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<String> email(UUID userId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT email FROM users WHERE id = :id").bind("id", userId)
                .mapTo(String.class).findOne());
    }
}
