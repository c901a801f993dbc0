package in.mrmentor.persistence.slot;

import in.mrmentor.persistence.KeysetPages;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;
import in.mrmentor.persistence.Timestamps;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.slot.EarningKind;
import in.mrmentor.slot.EarningTransaction;
import in.mrmentor.slot.Withdrawal;
import in.mrmentor.slot.WithdrawalStatus;
import in.mrmentor.slot.port.MentorEarnings;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static in.mrmentor.persistence.Timestamps.utc;

/**
 * Mentor earnings in PostgreSQL: {@code mentor_transactions} (unique per kind and reference) and
 * the {@code mentor_earnings} projection, row-locked and never negative, written together.
 */
public final class JdbiMentorEarnings implements MentorEarnings {
    private static final RowMapper<EarningTransaction> TRANSACTION = (rs, ctx) -> new EarningTransaction(
            rs.getObject("id", UUID.class), rs.getObject("mentor_id", UUID.class),
            EarningKind.valueOf(rs.getString("kind")), rs.getLong("amount_paise"), rs.getLong("balance_after"),
            rs.getString("reference"), Timestamps.instant(rs, "at"));
    private static final String WITHDRAWAL_COLUMNS = "id, mentor_id, amount_paise, status, created_at, decided_at, decided_by";
    private static final RowMapper<Withdrawal> WITHDRAWAL = (rs, ctx) -> new Withdrawal(
            rs.getObject("id", UUID.class), rs.getObject("mentor_id", UUID.class), rs.getLong("amount_paise"),
            WithdrawalStatus.valueOf(rs.getString("status")), Timestamps.instant(rs, "created_at"),
            Timestamps.instant(rs, "decided_at"), rs.getObject("decided_by", UUID.class));

    private final Jdbi jdbi;
    private final Ids ids;

    public JdbiMentorEarnings(Jdbi jdbi, Ids ids) {
        this.jdbi = jdbi;
        this.ids = ids;
    }

    @Override
    public long lockBalance(UUID mentorId) {
        return jdbi.withHandle(h -> lock(h, mentorId));
    }

    private static long lock(Handle h, UUID mentorId) {
        h.createUpdate("INSERT INTO mentor_earnings (mentor_id) VALUES (:mentor) ON CONFLICT DO NOTHING")
                .bind("mentor", mentorId).execute();
        return h.createQuery("SELECT balance_paise FROM mentor_earnings WHERE mentor_id = :mentor FOR UPDATE")
                .bind("mentor", mentorId).mapTo(Long.class).one();
    }

    @Override
    public long balance(UUID mentorId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT balance_paise FROM mentor_earnings WHERE mentor_id = :mentor")
                .bind("mentor", mentorId).mapTo(Long.class).findOne().orElse(0L));
    }

    @Override
    public Optional<EarningTransaction> post(UUID mentorId, EarningKind kind, long amountPaise, String reference,
                                             Instant at) {
        return jdbi.inTransaction(h -> {
            long balance = lock(h, mentorId);
            long after = balance + amountPaise;
            if (after < 0) {
                throw new IllegalStateException("an earnings balance never goes below zero");
            }
            var transaction = new EarningTransaction(ids.next(), mentorId, kind, amountPaise, after, reference, at);
            int inserted = h.createUpdate("INSERT INTO mentor_transactions (id, mentor_id, kind, amount_paise, "
                            + "balance_after, reference, at) VALUES (:id, :mentor, :kind, :amount, :after, :reference, :at) "
                            + "ON CONFLICT (kind, reference) DO NOTHING")
                    .bind("id", transaction.id()).bind("mentor", mentorId).bind("kind", kind.name())
                    .bind("amount", amountPaise).bind("after", after).bind("reference", reference).bind("at", utc(at))
                    .execute();
            if (inserted == 0) {
                return Optional.<EarningTransaction>empty();
            }
            h.createUpdate("UPDATE mentor_earnings SET balance_paise = :after, updated_at = :at WHERE mentor_id = :mentor")
                    .bind("after", after).bind("at", utc(at)).bind("mentor", mentorId).execute();
            return Optional.of(transaction);
        });
    }

    @Override
    public List<EarningTransaction> transactions(UUID mentorId, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, mentor_id, kind, amount_paise, balance_after, reference, at "
                        + "FROM mentor_transactions WHERE mentor_id = :mentor ORDER BY seq DESC LIMIT :limit")
                .bind("mentor", mentorId).bind("limit", limit).map(TRANSACTION).list());
    }

    @Override
    public void addWithdrawal(Withdrawal withdrawal) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO mentor_withdrawals (" + WITHDRAWAL_COLUMNS + ") VALUES (:id, "
                        + ":mentor, :amount, :status, :createdAt, :decidedAt, :decidedBy)")
                .bind("id", withdrawal.id()).bind("mentor", withdrawal.mentorId())
                .bind("amount", withdrawal.amountPaise()).bind("status", withdrawal.status().name())
                .bind("createdAt", utc(withdrawal.createdAt())).bind("decidedAt", utc(withdrawal.decidedAt()))
                .bindByType("decidedBy", withdrawal.decidedBy(), UUID.class)
                .execute());
    }

    @Override
    public Optional<Withdrawal> lockWithdrawal(UUID id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + WITHDRAWAL_COLUMNS + " FROM mentor_withdrawals "
                + "WHERE id = :id FOR UPDATE").bind("id", id).map(WITHDRAWAL).findOne());
    }

    @Override
    public void updateWithdrawal(Withdrawal withdrawal) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE mentor_withdrawals SET status = :status, decided_at = :at, "
                        + "decided_by = :by WHERE id = :id")
                .bind("id", withdrawal.id()).bind("status", withdrawal.status().name())
                .bind("at", utc(withdrawal.decidedAt())).bindByType("by", withdrawal.decidedBy(), UUID.class)
                .execute());
    }

    @Override
    public long heldByWithdrawals(UUID mentorId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COALESCE(SUM(amount_paise), 0) FROM mentor_withdrawals "
                        + "WHERE mentor_id = :mentor AND status IN ('PENDING', 'APPROVED')")
                .bind("mentor", mentorId).mapTo(Long.class).one());
    }

    @Override
    public List<Withdrawal> withdrawalsInStatus(WithdrawalStatus status, PageRequest<TimeKey> page) {
        return jdbi.withHandle(h -> KeysetPages.bindTime(h.createQuery("SELECT " + WITHDRAWAL_COLUMNS
                        + " FROM mentor_withdrawals WHERE (CAST(:status AS varchar) IS NULL OR status = :status) "
                        + "AND " + KeysetPages.afterTime("created_at", "id")
                        + " ORDER BY created_at, id LIMIT :fetch"), page)
                .bindByType("status", status == null ? null : status.name(), String.class)
                .map(WITHDRAWAL).list());
    }

    @Override
    public List<Withdrawal> withdrawals(UUID mentorId, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + WITHDRAWAL_COLUMNS + " FROM mentor_withdrawals "
                        + "WHERE mentor_id = :mentor ORDER BY created_at DESC, id LIMIT :limit")
                .bind("mentor", mentorId).bind("limit", limit).map(WITHDRAWAL).list());
    }
}
