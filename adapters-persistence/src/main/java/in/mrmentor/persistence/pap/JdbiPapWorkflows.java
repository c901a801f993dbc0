package in.mrmentor.persistence.pap;

import in.mrmentor.pap.MouDetails;
import in.mrmentor.pap.PapStatus;
import in.mrmentor.pap.PapWorkflow;
import in.mrmentor.pap.PaymentOption;
import in.mrmentor.pap.Placement;
import in.mrmentor.pap.WorkflowTransition;
import in.mrmentor.pap.port.PapWorkflows;
import in.mrmentor.persistence.KeysetPages;
import in.mrmentor.persistence.Timestamps;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static in.mrmentor.persistence.Timestamps.utc;

public final class JdbiPapWorkflows implements PapWorkflows {
    private static final String COLUMNS = "id, application_id, user_id, batch_id, status, legal_name, pan, address, "
            + "guardian_name, expected_ctc_paise, template_version, mou_key, esign_document_id, sign_url, signed_mou_key, "
            + "payment_option, placement_company, placement_role, annual_ctc_paise, joining_date, offer_letter_key, "
            + "placement_reported_by, placement_reported_at, pap_fee_paise, invoice_number, fee_payment_id, created_at, "
            + "updated_at";
    private static final String VALUES = ":id, :application, :user, :batch, :status, :legalName, :pan, :address, "
            + ":guardian, :expectedCtc, :templateVersion, :mouKey, :documentId, :signUrl, :signedKey, :option, :company, "
            + ":role, :ctc, :joining, :offerKey, :reportedBy, :reportedAt, :fee, :invoice, :feePayment, :createdAt, :updatedAt";
    private static final RowMapper<PapWorkflow> ROW = (rs, ctx) -> new PapWorkflow(
            rs.getObject("id", UUID.class), rs.getObject("application_id", UUID.class), rs.getObject("user_id", UUID.class),
            rs.getObject("batch_id", UUID.class), PapStatus.valueOf(rs.getString("status")), mou(rs),
            (Integer) rs.getObject("template_version"), rs.getString("mou_key"), rs.getString("esign_document_id"),
            rs.getString("sign_url"), rs.getString("signed_mou_key"),
            rs.getString("payment_option") == null ? null : PaymentOption.valueOf(rs.getString("payment_option")),
            placement(rs), (Long) rs.getObject("pap_fee_paise"), rs.getString("invoice_number"),
            rs.getObject("fee_payment_id", UUID.class),
            Timestamps.instant(rs, "created_at"), Timestamps.instant(rs, "updated_at"));
    private static final RowMapper<WorkflowTransition> TRANSITION = (rs, ctx) -> new WorkflowTransition(
            rs.getObject("workflow_id", UUID.class),
            rs.getString("from_status") == null ? null : PapStatus.valueOf(rs.getString("from_status")),
            PapStatus.valueOf(rs.getString("to_status")), rs.getObject("actor", UUID.class),
            Timestamps.instant(rs, "at"), rs.getString("note"));

    private final Jdbi jdbi;

    public JdbiPapWorkflows(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    private static MouDetails mou(ResultSet rs) throws SQLException {
        return rs.getString("legal_name") == null ? null : new MouDetails(rs.getString("legal_name"), rs.getString("pan"),
                rs.getString("address"), rs.getString("guardian_name"), (Long) rs.getObject("expected_ctc_paise"));
    }

    private static Placement placement(ResultSet rs) throws SQLException {
        return rs.getString("placement_company") == null ? null : new Placement(rs.getString("placement_company"),
                rs.getString("placement_role"), rs.getLong("annual_ctc_paise"),
                rs.getObject("joining_date", LocalDate.class), rs.getString("offer_letter_key"),
                rs.getObject("placement_reported_by", UUID.class), Timestamps.instant(rs, "placement_reported_at"));
    }

    private static <S extends SqlStatement<S>> S bindRow(S s, PapWorkflow w) {
        var mou = w.mouDetails();
        var placement = w.placement();
        return s.bind("id", w.id()).bind("application", w.applicationId()).bind("user", w.userId())
                .bindByType("batch", w.batchId(), UUID.class).bind("status", w.status().name())
                .bindByType("legalName", mou == null ? null : mou.legalName(), String.class)
                .bindByType("pan", mou == null ? null : mou.pan(), String.class)
                .bindByType("address", mou == null ? null : mou.address(), String.class)
                .bindByType("guardian", mou == null ? null : mou.guardianName(), String.class)
                .bindByType("expectedCtc", mou == null ? null : mou.expectedCtcPaise(), Long.class)
                .bindByType("templateVersion", w.templateVersion(), Integer.class)
                .bindByType("mouKey", w.mouKey(), String.class)
                .bindByType("documentId", w.esignDocumentId(), String.class)
                .bindByType("signUrl", w.signUrl(), String.class)
                .bindByType("signedKey", w.signedMouKey(), String.class)
                .bindByType("option", w.paymentOption() == null ? null : w.paymentOption().name(), String.class)
                .bindByType("company", placement == null ? null : placement.company(), String.class)
                .bindByType("role", placement == null ? null : placement.role(), String.class)
                .bindByType("ctc", placement == null ? null : placement.annualCtcPaise(), Long.class)
                .bindByType("joining", placement == null ? null : placement.joiningDate(), LocalDate.class)
                .bindByType("offerKey", placement == null ? null : placement.offerLetterKey(), String.class)
                .bindByType("reportedBy", placement == null ? null : placement.reportedBy(), UUID.class)
                .bind("reportedAt", placement == null ? null : utc(placement.reportedAt()))
                .bindByType("fee", w.papFeePaise(), Long.class)
                .bindByType("invoice", w.invoiceNumber(), String.class)
                .bindByType("feePayment", w.feePaymentId(), UUID.class)
                .bind("createdAt", utc(w.createdAt())).bind("updatedAt", utc(w.updatedAt()));
    }

    @Override
    public boolean add(PapWorkflow w) {
        return jdbi.withHandle(h -> bindRow(h.createUpdate("INSERT INTO mas101_pap_workflows (" + COLUMNS + ") VALUES ("
                + VALUES + ") ON CONFLICT DO NOTHING"), w).execute()) == 1;
    }

    @Override
    public Optional<PapWorkflow> find(UUID id) {
        return one("id = :key", id, "");
    }

    @Override
    public Optional<PapWorkflow> ofApplication(UUID applicationId) {
        return one("application_id = :key", applicationId, "");
    }

    @Override
    public Optional<PapWorkflow> lock(UUID id) {
        return one("id = :key", id, " FOR UPDATE");
    }

    @Override
    public Optional<PapWorkflow> lockByDocumentId(String documentId) {
        return one("esign_document_id = :key", documentId, " FOR UPDATE");
    }

    private Optional<PapWorkflow> one(String where, Object key, String suffix) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM mas101_pap_workflows WHERE " + where + suffix)
                .bind("key", key).map(ROW).findOne());
    }

    @Override
    public void replace(PapWorkflow w) {
        // The batch follows the seat: an admin may seat a paid student in another batch than the one applied to.
        jdbi.useHandle(h -> bindRow(h.createUpdate("UPDATE mas101_pap_workflows SET batch_id = :batch, status = :status, "
                + "legal_name = :legalName, pan = :pan, address = :address, guardian_name = :guardian, "
                + "expected_ctc_paise = :expectedCtc, template_version = :templateVersion, mou_key = :mouKey, "
                + "esign_document_id = :documentId, sign_url = :signUrl, signed_mou_key = :signedKey, payment_option = :option, "
                + "placement_company = :company, placement_role = :role, annual_ctc_paise = :ctc, joining_date = :joining, "
                + "offer_letter_key = :offerKey, placement_reported_by = :reportedBy, "
                + "placement_reported_at = :reportedAt, pap_fee_paise = :fee, invoice_number = :invoice, "
                + "fee_payment_id = :feePayment, updated_at = :updatedAt "
                + "WHERE id = :id AND application_id = :application AND user_id = :user AND created_at = :createdAt"), w).execute());
    }

    @Override
    public boolean usesPayment(UUID paymentId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM mas101_pap_workflows WHERE fee_payment_id = :id")
                .bind("id", paymentId).mapTo(Integer.class).one()) > 0;
    }

    @Override
    public void record(WorkflowTransition t) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO mas101_pap_workflow_transitions (workflow_id, from_status, "
                        + "to_status, actor, at, note) VALUES (:id, :from, :to, :actor, :at, :note)")
                .bind("id", t.workflowId()).bindByType("from", t.from() == null ? null : t.from().name(), String.class)
                .bind("to", t.to().name()).bind("actor", t.actor()).bind("at", utc(t.at()))
                .bindByType("note", t.note(), String.class).execute());
    }

    @Override
    public List<WorkflowTransition> history(UUID workflowId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT workflow_id, from_status, to_status, actor, at, note "
                        + "FROM mas101_pap_workflow_transitions WHERE workflow_id = :id ORDER BY seq")
                .bind("id", workflowId).map(TRANSITION).list());
    }

    @Override
    public List<PapWorkflow> ofUser(UUID userId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM mas101_pap_workflows WHERE user_id = :user "
                + "ORDER BY created_at DESC, id").bind("user", userId).map(ROW).list());
    }

    @Override
    public List<PapWorkflow> page(PapStatus status, PageRequest<TimeKey> request) {
        return jdbi.withHandle(h -> KeysetPages.bindTime(h.createQuery("SELECT " + COLUMNS + " FROM mas101_pap_workflows "
                        + "WHERE (CAST(:status AS varchar) IS NULL OR status = :status) AND "
                        + KeysetPages.afterTime("created_at", "id") + " ORDER BY created_at, id LIMIT :fetch"), request)
                .bindByType("status", status == null ? null : status.name(), String.class).map(ROW).list());
    }
}
