package in.mrmentor.external.lead;

import in.mrmentor.lead.port.CsvFiles;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * RFC 4180 CSV read by Apache Commons CSV, one record at a time. The bytes must be UTF-8 (anything
 * else, such as binary data, stops the reading), and no record may exceed {@link #MAX_RECORD_CHARS}
 * (a file with a runaway quote or no line breaks would otherwise be held whole in memory).
 */
public final class CommonsCsvFiles implements CsvFiles {
    public static final int MAX_RECORD_CHARS = 1_000_000;
    public static final int MAX_COLUMNS = 200;
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).build();

    @Override
    public Reading open(InputStream content) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        var bounded = new BoundedReader(new InputStreamReader(content, decoder));
        CSVParser parser;
        try {
            parser = CSVParser.parse(bounded, FORMAT);
        } catch (IOException e) {
            throw new MalformedCsv(0, describe(e));
        }
        var reading = new CommonsReading(parser, bounded);
        Row header = reading.next();
        if (header == null || (header.values().size() == 1 && header.values().get(0).isBlank())) {
            reading.close();
            throw new MalformedCsv(1, "the file is empty or its first line is blank; it must start with a header row");
        }
        if (header.values().size() > MAX_COLUMNS) {
            reading.close();
            throw new MalformedCsv(1, "the header has more than " + MAX_COLUMNS + " columns");
        }
        reading.header = header.values();
        return reading;
    }

    private static String describe(Throwable e) {
        Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
        if (cause instanceof CharacterCodingException) {
            return "the file is not UTF-8 text (binary data or another encoding)";
        }
        if (cause instanceof RecordTooLong) {
            return cause.getMessage();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return "the file is not well-formed CSV (" + message.replaceAll("\\p{Cntrl}", " ") + ")";
    }

    private static final class CommonsReading implements Reading {
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private final BoundedReader bounded;
        private List<String> header = List.of();

        CommonsReading(CSVParser parser, BoundedReader bounded) {
            this.parser = parser;
            this.records = parser.iterator();
            this.bounded = bounded;
        }

        @Override
        public List<String> header() {
            return header;
        }

        @Override
        public Row next() {
            while (true) {
                long start = parser.getCurrentLineNumber() + 1;
                bounded.startRecord();
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        return null;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new MalformedCsv(start, describe(e));
                }
                if (record.size() > MAX_COLUMNS) {
                    throw new MalformedCsv(start, "a row has more than " + MAX_COLUMNS + " cells");
                }
                List<String> values = new ArrayList<>(record.size());
                record.forEach(values::add);
                if (values.size() == 1 && values.get(0).isEmpty()) {
                    continue;
                }
                return new Row(start, values);
            }
        }

        @Override
        public void close() {
            try {
                parser.close();
            } catch (IOException ignored) {
                // closing a reader of a stream its caller closes as well
            }
        }
    }

    private static final class RecordTooLong extends IOException {
        private static final long serialVersionUID = 1L;

        RecordTooLong() {
            super("a row is longer than " + MAX_RECORD_CHARS + " characters (a missing closing quote?)");
        }
    }

    /** Counts the characters handed to the parser since the current record began. */
    private static final class BoundedReader extends Reader {
        private final Reader in;
        private long sinceRecord;

        BoundedReader(Reader in) {
            this.in = in;
        }

        void startRecord() {
            sinceRecord = 0;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int read = in.read(buffer, offset, length);
            if (read > 0) {
                sinceRecord += read;
                if (sinceRecord > MAX_RECORD_CHARS + 65_536L) {
                    throw new RecordTooLong();
                }
            }
            return read;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
