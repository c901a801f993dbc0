package in.mrmentor.persistence.lead;

import in.mrmentor.lead.ImportError;
import in.mrmentor.lead.ImportStatus;
import in.mrmentor.lead.LeadImport;
import in.mrmentor.lead.port.LeadImports;
import in.mrmentor.persistence.Timestamps;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import static in.mrmentor.persistence.Timestamps.utc;

public final class JdbiLeadImports implements LeadImports {
    private static final String COLUMNS = "id, created_by, assign_to, file_name, status, rows, created, duplicates, failed, "
            + "lines_done, error, created_at, started_at, finished_at";
    private static final RowMapper<LeadImport> ROW = (rs, ctx) -> new LeadImport(rs.getObject("id", UUID.class),
            rs.getObject("created_by", UUID.class), rs.getObject("assign_to", UUID.class), rs.getString("file_name"),
            ImportStatus.valueOf(rs.getString("status")), rs.getLong("rows"), rs.getLong("created"),
            rs.getLong("duplicates"), rs.getLong("failed"), rs.getLong("lines_done"), rs.getString("error"),
            Timestamps.instant(rs, "created_at"), Timestamps.instant(rs, "started_at"), Timestamps.instant(rs, "finished_at"));
    private static final int MAX_CELL = 2000;

    private final Jdbi jdbi;

    public JdbiLeadImports(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(LeadImport b) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO mas_crm.lead_import_batches (" + COLUMNS + ") VALUES (:id, :createdBy, "
                        + ":assignTo, :fileName, :status, :rows, :created, :duplicates, :failed, :linesDone, :error, "
                        + ":createdAt, :startedAt, :finishedAt)")
                .bind("id", b.id()).bindByType("createdBy", b.createdBy(), UUID.class)
                .bindByType("assignTo", b.assignTo(), UUID.class).bindByType("fileName", b.fileName(), String.class)
                .bind("status", b.status().name()).bind("rows", b.rows()).bind("created", b.created())
                .bind("duplicates", b.duplicates()).bind("failed", b.failed()).bind("linesDone", b.linesDone())
                .bindByType("error", b.error(), String.class).bind("createdAt", utc(b.createdAt()))
                .bind("startedAt", utc(b.startedAt())).bind("finishedAt", utc(b.finishedAt()))
                .execute());
    }

    @Override
    public Optional<LeadImport> find(UUID id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM mas_crm.lead_import_batches WHERE id = :id")
                .bind("id", id).map(ROW).findOne());
    }

    @Override
    public Optional<LeadImport> lock(UUID id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM mas_crm.lead_import_batches WHERE id = :id "
                        + "FOR UPDATE")
                .bind("id", id).map(ROW).findOne());
    }

    @Override
    public void replace(LeadImport b) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE mas_crm.lead_import_batches SET status = :status, rows = :rows, "
                        + "created = :created, duplicates = :duplicates, failed = :failed, lines_done = :linesDone, "
                        + "error = :error, started_at = :startedAt, finished_at = :finishedAt WHERE id = :id")
                .bind("id", b.id()).bind("status", b.status().name()).bind("rows", b.rows()).bind("created", b.created())
                .bind("duplicates", b.duplicates()).bind("failed", b.failed()).bind("linesDone", b.linesDone())
                .bindByType("error", b.error() == null ? null : truncate(b.error()), String.class)
                .bind("startedAt", utc(b.startedAt())).bind("finishedAt", utc(b.finishedAt()))
                .execute());
    }

    @Override
    public void addErrors(List<ImportError> errors) {
        jdbi.useHandle(h -> {
            PreparedBatch batch = h.prepareBatch("INSERT INTO mas_crm.lead_import_errors (import_id, line, col, reason, cells) "
                    + "VALUES (:import, :line, :col, :reason, CAST(:cells AS text[]))");
            for (ImportError e : errors) {
                batch.bind("import", e.importId()).bind("line", e.line()).bind("col", truncate(e.column()))
                        .bind("reason", truncate(e.reason()))
                        .bindArray("cells", String.class, e.values().stream().map(JdbiLeadImports::truncate).toList())
                        .add();
            }
            batch.execute();
        });
    }

    @Override
    public void forEachError(UUID importId, Consumer<ImportError> sink) {
        jdbi.useHandle(h -> h.createQuery("SELECT import_id, line, col, reason, cells FROM mas_crm.lead_import_errors "
                        + "WHERE import_id = :import ORDER BY line")
                .bind("import", importId).setFetchSize(500)
                .map((rs, ctx) -> new ImportError(rs.getObject("import_id", UUID.class), rs.getLong("line"),
                        rs.getString("col"), rs.getString("reason"), Arrays.asList(TextMaps.strings(rs, "cells"))))
                .useStream(stream -> stream.forEach(sink)));
    }

    private static String truncate(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= MAX_CELL ? text : text.substring(0, MAX_CELL);
    }
}
