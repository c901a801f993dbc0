package in.mrmentor.external.hiring;

import in.mrmentor.hiring.ImportSalaryBenchmarks;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a salary-benchmark CSV one record at a time (Apache Commons CSV): the first line names the
 * columns (any order, any case), every later record becomes a row with its line number. A record
 * with the wrong number of cells, or a file missing a column, is reported rather than guessed at.
 */
public final class CsvBenchmarkRows implements Iterator<ImportSalaryBenchmarks.Row>, AutoCloseable {
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private final String missingColumns;
    private boolean reportedMissing;

    public CsvBenchmarkRows(Reader reader) {
        try {
            this.parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                    .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).get().parse(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the CSV header cannot be read: " + e.getMessage(), e);
        }
        this.header = parser.getHeaderNames().stream().map(name -> name.trim().toLowerCase(Locale.ROOT)).toList();
        var missing = ImportSalaryBenchmarks.COLUMNS.stream().filter(column -> !header.contains(column))
                .filter(column -> !column.equals("source")).toList();
        this.missingColumns = missing.isEmpty() ? null : "the header lacks the column(s) " + String.join(", ", missing);
        this.records = parser.iterator();
    }

    @Override
    public boolean hasNext() {
        if (missingColumns != null) {
            return !reportedMissing;
        }
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            return false;
        }
    }

    @Override
    public ImportSalaryBenchmarks.Row next() {
        if (missingColumns != null) {
            if (reportedMissing) {
                throw new NoSuchElementException();
            }
            reportedMissing = true;
            return new ImportSalaryBenchmarks.Row(1, Map.of(), missingColumns);
        }
        CSVRecord record = records.next();
        long line = parser.getCurrentLineNumber();
        if (record.size() != header.size()) {
            return new ImportSalaryBenchmarks.Row(line, Map.of(), "has " + record.size() + " cells, the header "
                    + header.size());
        }
        Map<String, String> cells = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            cells.put(header.get(i), record.get(i));
        }
        return new ImportSalaryBenchmarks.Row(line, cells, null);
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
