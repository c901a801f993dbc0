package in.mrmentor.persistence.program;

import in.mrmentor.persistence.KeysetPages;
import in.mrmentor.persistence.Timestamps;
import in.mrmentor.program.Batch;
import in.mrmentor.program.BatchStatus;
import in.mrmentor.program.BatchTransition;
import in.mrmentor.program.Program;
import in.mrmentor.program.port.Batches;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static in.mrmentor.persistence.Timestamps.utc;

public final class JdbiBatches implements Batches {
    private static final String COLUMNS = "id, code, name, program, start_date, enrollment_fee_paise, capacity, "
            + "pap_available, status, created_at";
    private static final RowMapper<Batch> ROW = (rs, ctx) -> new Batch(
            rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name"),
            Program.valueOf(rs.getString("program")), rs.getObject("start_date", LocalDate.class),
            rs.getLong("enrollment_fee_paise"), rs.getInt("capacity"), rs.getBoolean("pap_available"),
            BatchStatus.valueOf(rs.getString("status")), Timestamps.instant(rs, "created_at"));

    private final Jdbi jdbi;

    public JdbiBatches(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean add(Batch b) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO program_batches (" + COLUMNS + ") VALUES (:id, :code, "
                        + ":name, :program, :start, :fee, :capacity, :pap, :status, :createdAt) ON CONFLICT DO NOTHING")
                .bind("id", b.id()).bind("code", b.code()).bind("name", b.name()).bind("program", b.program().name())
                .bind("start", b.startDate()).bind("fee", b.enrollmentFeePaise()).bind("capacity", b.capacity())
                .bind("pap", b.papAvailable()).bind("status", b.status().name()).bind("createdAt", utc(b.createdAt()))
                .execute()) == 1;
    }

    @Override
    public Optional<Batch> find(UUID id) {
        return one("id = :key", id, "");
    }

    @Override
    public Optional<Batch> findByCode(String code) {
        return one("code = :key", code, "");
    }

    @Override
    public Optional<Batch> lock(UUID id) {
        return one("id = :key", id, " FOR UPDATE");
    }

    private Optional<Batch> one(String where, Object key, String suffix) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM program_batches WHERE " + where + suffix)
                .bind("key", key).map(ROW).findOne());
    }

    @Override
    public void replace(Batch b) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE program_batches SET name = :name, start_date = :start, "
                        + "enrollment_fee_paise = :fee, capacity = :capacity, pap_available = :pap, status = :status "
                        + "WHERE id = :id")
                .bind("id", b.id()).bind("name", b.name()).bind("start", b.startDate())
                .bind("fee", b.enrollmentFeePaise()).bind("capacity", b.capacity()).bind("pap", b.papAvailable())
                .bind("status", b.status().name()).execute());
    }

    @Override
    public void record(BatchTransition t) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO program_batch_transitions (batch_id, from_status, to_status, actor, at) "
                        + "VALUES (:batch, :from, :to, :actor, :at)")
                .bind("batch", t.batchId()).bindByType("from", t.from() == null ? null : t.from().name(), String.class)
                .bind("to", t.to().name()).bind("actor", t.actor()).bind("at", utc(t.at())).execute());
    }

    @Override
    public List<BatchTransition> history(UUID batchId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT batch_id, from_status, to_status, actor, at "
                        + "FROM program_batch_transitions WHERE batch_id = :batch ORDER BY seq")
                .bind("batch", batchId)
                .map((rs, ctx) -> new BatchTransition(rs.getObject("batch_id", UUID.class),
                        rs.getString("from_status") == null ? null : BatchStatus.valueOf(rs.getString("from_status")),
                        BatchStatus.valueOf(rs.getString("to_status")), rs.getObject("actor", UUID.class),
                        Timestamps.instant(rs, "at"))).list());
    }

    @Override
    public List<Batch> page(Set<BatchStatus> statuses, PageRequest<TimeKey> request) {
        String[] names = statuses.stream().map(Enum::name).toArray(String[]::new);
        return jdbi.withHandle(h -> KeysetPages.bindTime(h.createQuery("SELECT " + COLUMNS + " FROM program_batches "
                        + "WHERE (cardinality(CAST(:statuses AS text[])) = 0 OR status = ANY(CAST(:statuses AS text[]))) AND "
                        + KeysetPages.afterTime("created_at", "id") + " ORDER BY created_at, id LIMIT :fetch"), request)
                .bind("statuses", names).map(ROW).list());
    }
}
