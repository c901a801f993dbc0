package in.mrmentor.persistence.invoice;

import in.mrmentor.invoice.Payment;
import in.mrmentor.invoice.PaymentMethod;
import in.mrmentor.invoice.PaymentPurpose;
import in.mrmentor.invoice.PaymentStatus;
import in.mrmentor.invoice.port.Payments;
import in.mrmentor.persistence.KeysetPages;
import in.mrmentor.persistence.Timestamps;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static in.mrmentor.persistence.Timestamps.utc;

public final class JdbiPayments implements Payments {
    private static final String COLUMNS = "id, payer_name, payer_email, amount_paise, currency, method, gateway_payment_id, "
            + "order_id, purpose, reference, status, received_at, refund_reason";
    private static final RowMapper<Payment> ROW = (rs, ctx) -> new Payment(
            rs.getObject("id", UUID.class), rs.getString("payer_name"), rs.getString("payer_email"),
            rs.getLong("amount_paise"), rs.getString("currency"), PaymentMethod.valueOf(rs.getString("method")),
            rs.getString("gateway_payment_id"), rs.getString("order_id"), PaymentPurpose.valueOf(rs.getString("purpose")),
            rs.getString("reference"), PaymentStatus.valueOf(rs.getString("status")), Timestamps.instant(rs, "received_at"),
            rs.getString("refund_reason"));

    private final Jdbi jdbi;

    public JdbiPayments(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Payment addOnce(Payment payment) {
        return jdbi.withHandle(h -> {
            int inserted = h.createUpdate("INSERT INTO superadmin.global_payments (" + COLUMNS + ") VALUES (:id, :payerName, "
                            + ":payerEmail, :amount, :currency, :method, :gatewayId, :orderId, :purpose, :reference, :status, "
                            + ":receivedAt, :refundReason) ON CONFLICT DO NOTHING")
                    .bind("id", payment.id())
                    .bindByType("payerName", payment.payerName(), String.class)
                    .bindByType("payerEmail", payment.payerEmail(), String.class)
                    .bind("amount", payment.amountPaise()).bind("currency", payment.currency())
                    .bind("method", payment.method().name())
                    .bindByType("gatewayId", payment.gatewayPaymentId(), String.class)
                    .bindByType("orderId", payment.orderId(), String.class)
                    .bind("purpose", payment.purpose().name())
                    .bindByType("reference", payment.reference(), String.class)
                    .bind("status", payment.status().name()).bind("receivedAt", utc(payment.receivedAt()))
                    .bindByType("refundReason", payment.refundReason(), String.class)
                    .execute();
            if (inserted == 1 || payment.gatewayPaymentId() == null) {
                return payment;
            }
            return h.createQuery("SELECT " + COLUMNS + " FROM superadmin.global_payments WHERE gateway_payment_id = :g")
                    .bind("g", payment.gatewayPaymentId()).map(ROW).one();
        });
    }

    @Override
    public Optional<Payment> find(UUID id) {
        return one("id = :key", id, "");
    }

    @Override
    public Optional<Payment> lock(UUID id) {
        return one("id = :key", id, " FOR UPDATE");
    }

    @Override
    public Optional<Payment> findByGatewayPaymentId(String gatewayPaymentId) {
        return one("gateway_payment_id = :key", gatewayPaymentId, "");
    }

    private Optional<Payment> one(String where, Object key, String suffix) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM superadmin.global_payments WHERE " + where + suffix)
                .bind("key", key).map(ROW).findOne());
    }

    @Override
    public void replace(Payment payment) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE superadmin.global_payments SET status = :status, "
                        + "refund_reason = :refundReason WHERE id = :id")
                .bind("id", payment.id()).bind("status", payment.status().name())
                .bindByType("refundReason", payment.refundReason(), String.class).execute());
    }

    @Override
    public List<Payment> list(PaymentStatus status, boolean refundDueOnly, Instant from, Instant to,
                              PageRequest<TimeKey> page) {
        return jdbi.withHandle(h -> KeysetPages.bindTime(h.createQuery("SELECT " + COLUMNS + " FROM superadmin.global_payments "
                                + "WHERE (CAST(:status AS text) IS NULL OR status = :status) "
                                + (refundDueOnly ? "AND refund_reason IS NOT NULL AND status = 'CAPTURED' " : "")
                                + "AND (CAST(:from AS timestamptz) IS NULL OR received_at >= :from) "
                                + "AND (CAST(:to AS timestamptz) IS NULL OR received_at < :to) "
                                + "AND " + KeysetPages.beforeTime("received_at", "id")
                                + " ORDER BY received_at DESC, id LIMIT :fetch")
                        .bindByType("status", status == null ? null : status.name(), String.class)
                        .bindByType("from", from == null ? null : utc(from), OffsetDateTime.class)
                        .bindByType("to", to == null ? null : utc(to), OffsetDateTime.class), page)
                .map(ROW).list());
    }
}
