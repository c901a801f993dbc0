package in.mrmentor.hiring;

import in.mrmentor.hiring.port.SalaryBenchmarks;
import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.PlainText;
import in.mrmentor.shared.port.Transactions;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * {@code mas hire benchmarks import FILE.csv}: rows of {@code role, location, p25_inr, p50_inr, p75_inr,
 * sample_size, source} in whole rupees, stored in paise, each row on its own (a bad row is named by
 * line and reason and the others still land); a row for an existing role and location replaces it.
 * The rows arrive one by one, so a file of any size is never held in memory.
 */
public final class ImportSalaryBenchmarks {
    public static final List<String> COLUMNS = List.of("role", "location", "p25_inr", "p50_inr", "p75_inr",
            "sample_size", "source");

    private final SalaryBenchmarks benchmarks;
    private final Transactions tx;

    public ImportSalaryBenchmarks(SalaryBenchmarks benchmarks, Transactions tx) {
        this.benchmarks = benchmarks;
        this.tx = tx;
    }

    /** One row as read: its line and cells by column, or why it could not be read at all. */
    public record Row(long line, Map<String, String> cells, String unreadable) {
    }

    public record Failure(long line, String reason) {
    }

    public record Report(long imported, List<Failure> failures) {
        public boolean ok() {
            return failures.isEmpty();
        }
    }

    public Report run(Iterator<Row> rows) {
        long imported = 0;
        List<Failure> failures = new ArrayList<>();
        while (rows.hasNext()) {
            Row row = rows.next();
            if (row.unreadable() != null) {
                failures.add(new Failure(row.line(), row.unreadable()));
                continue;
            }
            try {
                var benchmark = parse(row.cells());
                tx.run(() -> benchmarks.put(benchmark));
                imported++;
            } catch (DomainException e) {
                String reason = e.fieldErrors().isEmpty() ? e.detail() : e.fieldErrors().stream()
                        .map(f -> f.field() + " " + f.message()).reduce((a, b) -> a + "; " + b).orElse(e.detail());
                failures.add(new Failure(row.line(), reason));
            } catch (IllegalArgumentException e) {
                failures.add(new Failure(row.line(), e.getMessage()));
            }
        }
        return new Report(imported, failures);
    }

    private static SalaryBenchmark parse(Map<String, String> cells) {
        for (String column : COLUMNS) {
            String cell = cells.get(column);
            if (cell != null && !PlainText.isPlain(cell)) {
                throw new IllegalArgumentException(column + " " + PlainText.MESSAGE);
            }
        }
        return new SalaryBenchmark(cells.get("role"), cells.get("location"), rupees(cells, "p25_inr"),
                rupees(cells, "p50_inr"), rupees(cells, "p75_inr"), (int) number(cells, "sample_size", 1_000_000_000L),
                cells.get("source"));
    }

    private static long rupees(Map<String, String> cells, String column) {
        return number(cells, column, 1_000_000_000_000L) * 100;
    }

    private static long number(Map<String, String> cells, String column, long max) {
        String cell = cells.get(column);
        if (cell == null || cell.isBlank()) {
            throw new IllegalArgumentException(column + " is required");
        }
        try {
            long value = Long.parseLong(cell.trim());
            if (value < 0 || value > max) {
                throw new IllegalArgumentException(column + " must be a whole number from 0 to " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(column + " must be a whole number (rupees, no decimals): " + cell.trim());
        }
    }
}
