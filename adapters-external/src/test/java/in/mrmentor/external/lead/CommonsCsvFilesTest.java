package in.mrmentor.external.lead;

import in.mrmentor.lead.port.CsvFiles;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommonsCsvFilesTest {
    private final CommonsCsvFiles csv = new CommonsCsvFiles();

    private static InputStream text(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }

    private static List<CsvFiles.Row> all(CsvFiles.Reading reading) {
        List<CsvFiles.Row> rows = new ArrayList<>();
        for (var row = reading.next(); row != null; row = reading.next()) {
            rows.add(row);
        }
        return rows;
    }

    @Test
    void rowsCarryThePhysicalLineTheyStartOn() {
        try (var reading = csv.open(text("name,phone\nAsha,0987\n\n\"Ravi\nKumar\",12\nMeera,34\n"))) {
            assertThat(reading.header()).containsExactly("name", "phone");
            var rows = all(reading);
            assertThat(rows).extracting(CsvFiles.Row::line).containsExactly(2L, 4L, 6L);
            assertThat(rows.get(1).values()).containsExactly("Ravi\nKumar", "12");
        }
    }

    @Test
    void anUnclosedQuoteIsMalformedAtItsLine() {
        try (var reading = csv.open(text("name,phone\nAsha,1\n\"Ravi,2\nMeera,3\n"))) {
            reading.next();
            assertThatThrownBy(reading::next).isInstanceOf(CsvFiles.MalformedCsv.class)
                    .satisfies(e -> assertThat(((CsvFiles.MalformedCsv) e).line()).isEqualTo(3))
                    .hasMessageContaining("CSV");
        }
    }

    @Test
    void binaryDataIsNotUtf8() {
        byte[] binary = {'n', 'a', 'm', 'e', ',', 'p', '\n', (byte) 0xff, (byte) 0xfe, 0, 1, (byte) 0xc3, '\n'};
        assertThatThrownBy(() -> {
            try (var reading = csv.open(new ByteArrayInputStream(binary))) {
                all(reading);
            }
        }).isInstanceOf(CsvFiles.MalformedCsv.class).hasMessageContaining("UTF-8");
    }

    @Test
    void anEmptyFileHasNoHeader() {
        assertThatThrownBy(() -> csv.open(text(""))).isInstanceOf(CsvFiles.MalformedCsv.class)
                .hasMessageContaining("header");
    }

    @Test
    void aRunawayRecordStopsInsteadOfFillingMemory() {
        InputStream endless = new InputStream() {
            private long served;
            private final byte[] start = "name,phone\n\"".getBytes(StandardCharsets.UTF_8);

            @Override
            public int read() {
                if (served < start.length) {
                    return start[(int) served++];
                }
                served++;
                return served > 50_000_000 ? -1 : 'x';
            }
        };
        assertThatThrownBy(() -> {
            try (var reading = csv.open(endless)) {
                all(reading);
            }
        }).isInstanceOf(CsvFiles.MalformedCsv.class).hasMessageContaining("longer than");
    }
}
