package in.mrmentor.persistence.slot;

import in.mrmentor.persistence.Timestamps;
import in.mrmentor.slot.port.BookingPayments;
import in.mrmentor.token.BookingSpend;
import org.jdbi.v3.core.Jdbi;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static in.mrmentor.persistence.Timestamps.utc;

public final class JdbiBookingPayments implements BookingPayments {
    private final Jdbi jdbi;

    public JdbiBookingPayments(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void record(UUID slotId, UUID studentId, BookingSpend spent, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO token_usage (slot_id, student_id, promotional, paid, at) "
                        + "VALUES (:slot, :student, :promotional, :paid, :at)")
                .bind("slot", slotId).bind("student", studentId).bind("promotional", spent.promotional())
                .bind("paid", spent.paid()).bind("at", utc(at))
                .execute());
    }

    @Override
    public Optional<BookingPayment> find(UUID slotId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT slot_id, student_id, promotional, paid, at, refunded_at "
                        + "FROM token_usage WHERE slot_id = :slot")
                .bind("slot", slotId)
                .map((rs, ctx) -> new BookingPayment(rs.getObject("slot_id", UUID.class),
                        rs.getObject("student_id", UUID.class),
                        new BookingSpend(rs.getLong("promotional"), rs.getLong("paid")),
                        Timestamps.instant(rs, "at"), Timestamps.instant(rs, "refunded_at")))
                .findOne());
    }

    @Override
    public boolean markRefunded(UUID slotId, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE token_usage SET refunded_at = :at "
                        + "WHERE slot_id = :slot AND refunded_at IS NULL")
                .bind("slot", slotId).bind("at", utc(at)).execute()) == 1;
    }
}
