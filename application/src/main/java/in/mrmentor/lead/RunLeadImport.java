package in.mrmentor.lead;

import in.mrmentor.lead.port.CsvFiles;
import in.mrmentor.lead.port.ImportFiles;
import in.mrmentor.lead.port.LeadImports;
import in.mrmentor.lead.port.SalesTeams;
import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.FieldError;
import in.mrmentor.shared.port.Transactions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The {@code leadImport} pipeline: reads the stored CSV record by record and captures each row by the
 * one-lead-per-person rule, a chunk of rows per transaction. The chunk's leads, failed rows, counters
 * and checkpoint ({@code linesDone}) commit together, so a run cut off by a crash resumes after the
 * last committed chunk and never half-creates or double-counts a row. A file that cannot be read as
 * CSV ends the import as FAILED with the reason and what was done until then.
 */
public final class RunLeadImport {
    public static final int CHUNK_ROWS = 500;
    static final List<String> KNOWN = List.of("name", "phone", "email", "campaign", "session_year", "interest_level", "tags");

    private final LeadImports imports;
    private final ImportFiles files;
    private final CsvFiles csv;
    private final LeadIntake intake;
    private final CaptureLead capture;
    private final SalesTeams teams;
    private final LeadViewers viewers;
    private final Transactions transactions;
    private final Clock clock;

    public RunLeadImport(LeadImports imports, ImportFiles files, CsvFiles csv, LeadIntake intake, CaptureLead capture,
                         SalesTeams teams, LeadViewers viewers, Transactions transactions, Clock clock) {
        this.imports = imports;
        this.files = files;
        this.csv = csv;
        this.intake = intake;
        this.capture = capture;
        this.teams = teams;
        this.viewers = viewers;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Told after every committed chunk, so a long import shows how far it got. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = batch -> {
        };

        void report(LeadImport batch);
    }

    public LeadImport run(UUID importId, Progress progress) {
        LeadImport batch = transactions.inTransaction(() -> {
            LeadImport current = imports.lock(importId).orElseThrow(
                    () -> DomainException.notFound(LeadErrors.IMPORT_NOT_FOUND, "No such import."));
            if (current.status() == ImportStatus.QUEUED) {
                current = with(current, ImportStatus.RUNNING, current.rows(), current.created(), current.duplicates(),
                        current.failed(), current.linesDone(), null, clock.instant(), null);
                imports.replace(current);
            }
            return current;
        });
        if (batch.status().isFinished()) {
            return batch;
        }
        progress.report(batch);
        Lead.Assignee assignee = batch.assignTo() == null ? null
                : teams.member(batch.assignTo()).map(viewers::assignee).orElse(null);
        List<CsvFiles.Row> chunk = new ArrayList<>(CHUNK_ROWS);
        Columns columns = null;
        try (InputStream in = files.open(importId); CsvFiles.Reading reading = csv.open(in)) {
            columns = Columns.of(reading.header());
            for (CsvFiles.Row row = reading.next(); row != null; row = reading.next()) {
                if (row.line() <= batch.linesDone()) {
                    continue;
                }
                chunk.add(row);
                if (chunk.size() == CHUNK_ROWS) {
                    batch = commitChunk(batch, chunk, columns, assignee);
                    chunk.clear();
                    progress.report(batch);
                }
            }
            if (!chunk.isEmpty()) {
                batch = commitChunk(batch, chunk, columns, assignee);
            }
            batch = finish(batch, ImportStatus.DONE, null);
        } catch (CsvFiles.MalformedCsv e) {
            // The rows read before the bad spot are kept and counted: FAILED says what was done and where it stopped.
            if (columns != null && !chunk.isEmpty()) {
                batch = commitChunk(batch, chunk, columns, assignee);
            }
            batch = finish(batch, ImportStatus.FAILED,
                    (e.line() > 0 ? "line " + e.line() + ": " : "") + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ImportFiles.Missing e) {
            batch = finish(batch, ImportStatus.FAILED, e.getMessage());
        }
        progress.report(batch);
        return batch;
    }

    private LeadImport finish(LeadImport batch, ImportStatus status, String error) {
        return transactions.inTransaction(() -> {
            LeadImport current = imports.lock(batch.id()).orElseThrow();
            if (current.status().isFinished()) {
                return current;
            }
            LeadImport done = with(current, status, current.rows(), current.created(), current.duplicates(),
                    current.failed(), current.linesDone(), error, current.startedAt(), clock.instant());
            imports.replace(done);
            return done;
        });
    }

    private LeadImport commitChunk(LeadImport before, List<CsvFiles.Row> rows, Columns columns, Lead.Assignee assignee) {
        return transactions.inTransaction(() -> {
            LeadImport current = imports.lock(before.id()).orElseThrow();
            if (current.status() != ImportStatus.RUNNING || current.linesDone() >= rows.get(rows.size() - 1).line()) {
                return current;
            }
            long processed = 0;
            List<ImportError> errors = new ArrayList<>();
            List<LeadDraft> drafts = new ArrayList<>(rows.size());
            for (CsvFiles.Row row : rows) {
                if (row.line() <= current.linesDone()) {
                    continue;
                }
                processed++;
                ImportError error = columns.problem(current.id(), row);
                if (error == null) {
                    try {
                        drafts.add(intake.draft(columns.raw(row)));
                    } catch (DomainException refused) {
                        error = columns.failure(current.id(), row, refused);
                    }
                }
                if (error != null) {
                    errors.add(error);
                }
            }
            var outcomes = drafts.isEmpty() ? List.<CaptureLead.Outcome>of()
                    : capture.captureAll(drafts, LeadSource.IMPORT, assignee, current.createdBy());
            long created = outcomes.stream().filter(CaptureLead.Created.class::isInstance).count();
            long duplicates = outcomes.size() - created;
            if (!errors.isEmpty()) {
                imports.addErrors(errors);
            }
            LeadImport next = with(current, ImportStatus.RUNNING, current.rows() + processed, current.created() + created,
                    current.duplicates() + duplicates, current.failed() + errors.size(), rows.get(rows.size() - 1).line(),
                    null, current.startedAt(), null);
            imports.replace(next);
            return next;
        });
    }

    private static LeadImport with(LeadImport b, ImportStatus status, long rows, long created, long duplicates, long failed,
                                   long linesDone, String error, java.time.Instant startedAt, java.time.Instant finishedAt) {
        return new LeadImport(b.id(), b.createdBy(), b.assignTo(), b.fileName(), status, rows, created, duplicates, failed,
                linesDone, error, b.createdAt(), startedAt, finishedAt);
    }

    /** Where each known column sits in the header; every other column goes to {@code extra}. */
    private record Columns(Map<String, Integer> known, Map<Integer, String> others, int width) {

        static Columns of(List<String> header) {
            Map<String, Integer> known = new HashMap<>();
            Map<Integer, String> others = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i) == null ? "" : header.get(i).trim().toLowerCase(Locale.ROOT);
                if (i == 0 && name.startsWith("\uFEFF")) {
                    name = name.substring(1);
                }
                if (!LeadIntake.isPlain(name) || name.length() > 100) {
                    throw new CsvFiles.MalformedCsv(1, "the header row holds a column name that is not plain text");
                }
                if (KNOWN.contains(name)) {
                    if (known.putIfAbsent(name, i) != null) {
                        throw new CsvFiles.MalformedCsv(1, "the header names the column " + name + " twice");
                    }
                } else if (!name.isEmpty()) {
                    others.put(i, name);
                }
            }
            List<String> missing = new ArrayList<>();
            for (String required : List.of("name", "phone")) {
                if (!known.containsKey(required)) {
                    missing.add(required);
                }
            }
            if (!missing.isEmpty()) {
                throw new CsvFiles.MalformedCsv(1, "the header row lacks the column(s) " + String.join(", ", missing)
                        + "; expected a header with name, phone and optionally " + String.join(", ", KNOWN.subList(2, KNOWN.size())));
            }
            if (others.size() > LeadDraft.MAX_EXTRA) {
                throw new CsvFiles.MalformedCsv(1, "the header has more than " + LeadDraft.MAX_EXTRA + " unknown columns");
            }
            return new Columns(known, others, header.size());
        }

        String cell(CsvFiles.Row row, String column) {
            Integer index = known.get(column);
            return index == null || index >= row.values().size() ? null : row.values().get(index);
        }

        /** A row the columns cannot take at all: more cells than the header, or text that is not plain. */
        ImportError problem(UUID importId, CsvFiles.Row row) {
            if (row.values().size() > width) {
                return new ImportError(importId, row.line(), "", "the row has " + row.values().size()
                        + " cells but the header has " + width, row.values());
            }
            for (int i = 0; i < row.values().size(); i++) {
                if (!LeadIntake.isPlain(row.values().get(i))) {
                    return new ImportError(importId, row.line(), columnName(i), "contains control characters",
                            row.values().stream().map(v -> LeadIntake.isPlain(v) ? v : "").toList());
                }
            }
            return null;
        }

        private String columnName(int index) {
            return known.entrySet().stream().filter(e -> e.getValue() == index).map(Map.Entry::getKey).findFirst()
                    .orElse(others.getOrDefault(index, ""));
        }

        LeadIntake.Raw raw(CsvFiles.Row row) {
            String rawTags = cell(row, "tags");
            List<String> tags = rawTags == null || rawTags.isBlank() ? List.of()
                    : Arrays.stream(rawTags.split("[;|]")).map(String::trim).filter(t -> !t.isEmpty()).toList();
            Map<String, String> extra = new LinkedHashMap<>();
            others.forEach((index, name) -> {
                if (index < row.values().size() && !row.values().get(index).isBlank()) {
                    extra.put(name, row.values().get(index));
                }
            });
            return new LeadIntake.Raw(cell(row, "name"), cell(row, "phone"), cell(row, "email"), cell(row, "campaign"),
                    cell(row, "session_year"), cell(row, "interest_level"), tags, extra);
        }

        ImportError failure(UUID importId, CsvFiles.Row row, DomainException refused) {
            List<FieldError> fields = refused.fieldErrors();
            String column = fields.isEmpty() ? "" : csvName(fields.get(0).field());
            String reason = fields.isEmpty() ? refused.detail()
                    : fields.stream().map(f -> csvName(f.field()) + " " + f.message()).reduce((a, b) -> a + "; " + b).orElse("");
            return new ImportError(importId, row.line(), column, reason, row.values());
        }

        private static String csvName(String field) {
            return switch (field) {
                case "sessionYear" -> "session_year";
                case "interestLevel" -> "interest_level";
                default -> field.startsWith("tags[") ? "tags" : field;
            };
        }
    }
}
