package in.mrmentor.persistence.token;

import in.mrmentor.token.port.PurchaseBuyers;
import org.jdbi.v3.core.Jdbi;

import java.util.Optional;
import java.util.UUID;

public final class JdbiPurchaseBuyers implements PurchaseBuyers {
    private final Jdbi jdbi;

    public JdbiPurchaseBuyers(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<BuyerName> of(UUID userId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT name, email FROM users WHERE id = :id").bind("id", userId)
                .map((rs, ctx) -> new BuyerName(rs.getString("name"), rs.getString("email"))).findOne());
    }
}
