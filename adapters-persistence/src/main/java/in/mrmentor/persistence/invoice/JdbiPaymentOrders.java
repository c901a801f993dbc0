package in.mrmentor.persistence.invoice;

import in.mrmentor.invoice.PaymentOrder;
import in.mrmentor.invoice.PaymentPurpose;
import in.mrmentor.invoice.port.PaymentOrders;
import in.mrmentor.persistence.Timestamps;
import org.jdbi.v3.core.Jdbi;

import java.util.Optional;

import static in.mrmentor.persistence.Timestamps.utc;

public final class JdbiPaymentOrders implements PaymentOrders {
    private final Jdbi jdbi;

    public JdbiPaymentOrders(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean add(PaymentOrder order) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO superadmin.payment_orders "
                        + "(order_id, purpose, reference, amount_paise, currency, created_at) "
                        + "VALUES (:order, :purpose, :reference, :amount, :currency, :at) ON CONFLICT (order_id) DO NOTHING")
                .bind("order", order.orderId()).bind("purpose", order.purpose().name())
                .bindByType("reference", order.reference(), String.class).bind("amount", order.amountPaise())
                .bind("currency", order.currency()).bind("at", utc(order.createdAt())).execute()) == 1;
    }

    @Override
    public Optional<PaymentOrder> find(String orderId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT order_id, purpose, reference, amount_paise, currency, created_at "
                        + "FROM superadmin.payment_orders WHERE order_id = :order")
                .bind("order", orderId)
                .map((rs, ctx) -> new PaymentOrder(rs.getString("order_id"), PaymentPurpose.valueOf(rs.getString("purpose")),
                        rs.getString("reference"), rs.getLong("amount_paise"), rs.getString("currency"),
                        Timestamps.instant(rs, "created_at")))
                .findOne());
    }
}
