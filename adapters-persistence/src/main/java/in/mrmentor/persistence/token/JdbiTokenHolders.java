package in.mrmentor.persistence.token;

import in.mrmentor.token.port.TokenHolders;
import org.jdbi.v3.core.Jdbi;

import java.util.Optional;
import java.util.UUID;

public final class JdbiTokenHolders implements TokenHolders {
    private final Jdbi jdbi;

    public JdbiTokenHolders(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<UUID> idByEmail(String email) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM users WHERE lower(email) = lower(:email)")
                .bind("email", email).mapTo(UUID.class).findOne());
    }
}
