package in.mrmentor.persistence.token;

import in.mrmentor.persistence.Timestamps;
import in.mrmentor.token.Purchase;
import in.mrmentor.token.PurchaseStatus;
import in.mrmentor.token.port.Purchases;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import java.util.Optional;
import java.util.UUID;

import static in.mrmentor.persistence.Timestamps.utc;

public final class JdbiPurchases implements Purchases {
    private static final String COLUMNS =
            "id, user_id, quantity, amount_paise, currency, order_id, status, payment_id, created_at, completed_at";
    private static final RowMapper<Purchase> ROW = (rs, ctx) -> new Purchase(
            rs.getObject("id", UUID.class),
            rs.getObject("user_id", UUID.class),
            rs.getLong("quantity"),
            rs.getLong("amount_paise"),
            rs.getString("currency"),
            rs.getString("order_id"),
            PurchaseStatus.valueOf(rs.getString("status")),
            rs.getString("payment_id"),
            Timestamps.instant(rs, "created_at"),
            Timestamps.instant(rs, "completed_at"));

    private final Jdbi jdbi;

    public JdbiPurchases(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(Purchase purchase) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO token_purchases (" + COLUMNS + ") VALUES (:id, :user, :quantity, "
                        + ":amount, :currency, :order, :status, :payment, :createdAt, :completedAt)")
                .bind("id", purchase.id()).bind("user", purchase.userId()).bind("quantity", purchase.quantity())
                .bind("amount", purchase.amountPaise()).bind("currency", purchase.currency())
                .bind("order", purchase.orderId()).bind("status", purchase.status().name())
                .bindByType("payment", purchase.paymentId(), String.class)
                .bind("createdAt", utc(purchase.createdAt()))
                .bind("completedAt", utc(purchase.completedAt()))
                .execute());
    }

    @Override
    public Optional<Purchase> find(UUID id) {
        return one("WHERE id = :key", id, "");
    }

    @Override
    public Optional<Purchase> lock(UUID id) {
        return one("WHERE id = :key", id, " FOR UPDATE");
    }

    @Override
    public Optional<Purchase> lockByOrderId(String orderId) {
        return one("WHERE order_id = :key", orderId, " FOR UPDATE");
    }

    private Optional<Purchase> one(String where, Object key, String suffix) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM token_purchases " + where + suffix)
                .bind("key", key).map(ROW).findOne());
    }

    @Override
    public void replace(Purchase purchase) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE token_purchases SET status = :status, payment_id = :payment, "
                        + "completed_at = :completedAt WHERE id = :id")
                .bind("id", purchase.id()).bind("status", purchase.status().name())
                .bindByType("payment", purchase.paymentId(), String.class)
                .bind("completedAt", utc(purchase.completedAt()))
                .execute());
    }
}
