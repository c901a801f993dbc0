package in.mrmentor.persistence.program;

import in.mrmentor.persistence.KeysetPages;
import in.mrmentor.persistence.Timestamps;
import in.mrmentor.program.ApplicationStatus;
import in.mrmentor.program.ApplicationTransition;
import in.mrmentor.program.BillingDetails;
import in.mrmentor.program.ProgramApplication;
import in.mrmentor.program.port.ProgramApplications;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static in.mrmentor.persistence.Timestamps.utc;

public final class JdbiProgramApplications implements ProgramApplications {
    private static final String COLUMNS = "id, user_id, batch_id, status, answers::text AS answers, billing_name, "
            + "billing_address, billing_state_code, billing_gstin, invoice_number, created_at, updated_at";
    private static final RowMapper<ProgramApplication> ROW = (rs, ctx) -> new ProgramApplication(
            rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class), rs.getObject("batch_id", UUID.class),
            ApplicationStatus.valueOf(rs.getString("status")), rs.getString("answers"),
            rs.getString("billing_name") == null ? null : new BillingDetails(rs.getString("billing_name"),
                    rs.getString("billing_address"), rs.getString("billing_state_code"), rs.getString("billing_gstin")),
            rs.getString("invoice_number"), Timestamps.instant(rs, "created_at"), Timestamps.instant(rs, "updated_at"));
    private static final RowMapper<ApplicationTransition> TRANSITION = (rs, ctx) -> new ApplicationTransition(
            rs.getObject("application_id", UUID.class),
            rs.getString("from_status") == null ? null : ApplicationStatus.valueOf(rs.getString("from_status")),
            ApplicationStatus.valueOf(rs.getString("to_status")), rs.getObject("actor", UUID.class),
            Timestamps.instant(rs, "at"), rs.getString("note"));

    private final Jdbi jdbi;

    public JdbiProgramApplications(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean add(ProgramApplication a) {
        return jdbi.withHandle(h -> bindRow(h.createUpdate("INSERT INTO program_applications (id, user_id, batch_id, "
                        + "status, answers, billing_name, billing_address, billing_state_code, billing_gstin, invoice_number, "
                        + "created_at, updated_at) VALUES (:id, :user, :batch, :status, CAST(:answers AS jsonb), :billingName, "
                        + ":billingAddress, :billingState, :billingGstin, :invoice, :createdAt, :updatedAt) "
                        + "ON CONFLICT DO NOTHING"), a)
                .bind("user", a.userId()).bind("createdAt", utc(a.createdAt()))
                .execute()) == 1;
    }

    private static <S extends SqlStatement<S>> S bindRow(S statement, ProgramApplication a) {
        var billing = a.billing();
        return statement.bind("id", a.id()).bind("batch", a.batchId()).bind("status", a.status().name())
                .bind("answers", a.answers())
                .bindByType("billingName", billing == null ? null : billing.name(), String.class)
                .bindByType("billingAddress", billing == null ? null : billing.address(), String.class)
                .bindByType("billingState", billing == null ? null : billing.stateCode(), String.class)
                .bindByType("billingGstin", billing == null ? null : billing.gstin(), String.class)
                .bindByType("invoice", a.invoiceNumber(), String.class)
                .bind("updatedAt", utc(a.updatedAt()));
    }

    @Override
    public Optional<ProgramApplication> find(UUID id) {
        return one(id, "");
    }

    @Override
    public Optional<ProgramApplication> lock(UUID id) {
        return one(id, " FOR UPDATE");
    }

    private Optional<ProgramApplication> one(UUID id, String suffix) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM program_applications WHERE id = :id" + suffix)
                .bind("id", id).map(ROW).findOne());
    }

    @Override
    public void replace(ProgramApplication a) {
        jdbi.useHandle(h -> bindRow(h.createUpdate("UPDATE program_applications SET batch_id = :batch, status = :status, "
                + "answers = CAST(:answers AS jsonb), billing_name = :billingName, billing_address = :billingAddress, "
                + "billing_state_code = :billingState, billing_gstin = :billingGstin, invoice_number = :invoice, "
                + "updated_at = :updatedAt WHERE id = :id"), a).execute());
    }

    @Override
    public void record(ApplicationTransition t) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO program_application_transitions (application_id, from_status, "
                        + "to_status, actor, at, note) VALUES (:id, :from, :to, :actor, :at, :note)")
                .bind("id", t.applicationId()).bindByType("from", t.from() == null ? null : t.from().name(), String.class)
                .bind("to", t.to().name()).bind("actor", t.actor()).bind("at", utc(t.at()))
                .bindByType("note", t.note(), String.class).execute());
    }

    @Override
    public List<ApplicationTransition> history(UUID applicationId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT application_id, from_status, to_status, actor, at, note "
                        + "FROM program_application_transitions WHERE application_id = :id ORDER BY seq")
                .bind("id", applicationId).map(TRANSITION).list());
    }

    @Override
    public int seated(UUID batchId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM program_applications WHERE batch_id = :batch "
                        + "AND status IN ('BATCH_ALLOCATED', 'ENROLLED')")
                .bind("batch", batchId).mapTo(Integer.class).one());
    }

    @Override
    public List<ProgramApplication> ofUser(UUID userId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM program_applications WHERE user_id = :user "
                        + "ORDER BY created_at DESC, id")
                .bind("user", userId).map(ROW).list());
    }

    @Override
    public List<ProgramApplication> page(UUID batchId, ApplicationStatus status, PageRequest<TimeKey> request) {
        return jdbi.withHandle(h -> KeysetPages.bindTime(h.createQuery("SELECT " + COLUMNS + " FROM program_applications "
                        + "WHERE (CAST(:batch AS uuid) IS NULL OR batch_id = :batch) "
                        + "AND (CAST(:status AS varchar) IS NULL OR status = :status) AND "
                        + KeysetPages.afterTime("created_at", "id") + " ORDER BY created_at, id LIMIT :fetch"), request)
                .bindByType("batch", batchId, UUID.class)
                .bindByType("status", status == null ? null : status.name(), String.class)
                .map(ROW).list());
    }
}
