package in.mrmentor.lead.port;

import java.io.InputStream;
import java.util.List;

/**
 * Reads a CSV stream record by record, never holding more than one record (of bounded size) in
 * memory. Anything that is not well-formed UTF-8 CSV (wrong quoting, binary data, a record longer
 * than the limit, no header) ends the reading with a {@link MalformedCsv} naming the line.
 */
public interface CsvFiles {

    /** One record: the physical line it starts on and its cells. */
    record Row(long line, List<String> values) {
        public Row {
            values = List.copyOf(values);
        }
    }

    interface Reading extends AutoCloseable {
        List<String> header();

        /** The next record, or null at the end of the file. */
        Row next();

        @Override
        void close();
    }

    /** @throws MalformedCsv when the header cannot be read */
    Reading open(InputStream content);

    /** The file is not CSV the import can read; {@code line} is where reading stopped (0: before any). */
    final class MalformedCsv extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final long line;

        public MalformedCsv(long line, String message) {
            super(message, null, false, false);
            this.line = line;
        }

        public long line() {
            return line;
        }
    }
}
