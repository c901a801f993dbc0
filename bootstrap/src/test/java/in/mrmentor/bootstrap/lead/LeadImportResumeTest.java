package in.mrmentor.bootstrap.lead;

import in.mrmentor.bootstrap.Platform;
import in.mrmentor.bootstrap.SettingsReader;
import in.mrmentor.lead.ImportStatus;
import in.mrmentor.lead.LeadImport;
import in.mrmentor.lead.RunLeadImport;
import in.mrmentor.persistence.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An import cut off in the middle (the worker died after a chunk committed) resumes at its
 * checkpoint when the job is delivered again: no row is created or counted twice, none is lost.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeadImportResumeTest {
    @TempDir
    static Path dataDir;

    private Platform platform;
    private LeadModule crm;

    @BeforeAll
    void open() {
        String database = TestPostgres.get().freshDatabaseName();
        platform = Platform.open(SettingsReader.read(Map.of("MAS_DATA_DIR", dataDir.toString(),
                "DATABASE_URL", TestPostgres.get().databaseUrl(database))), true);
        crm = new LeadModule(platform);
    }

    @AfterAll
    void close() {
        platform.close();
    }

    @Test
    void aRunCutOffAfterItsFirstChunkResumesWithoutDoubleCountingOrDoubleCreating() {
        StringBuilder csv = new StringBuilder("name,phone\n");
        int rows = RunLeadImport.CHUNK_ROWS * 2 + 250;
        for (int i = 0; i < rows; i++) {
            // every 100th row repeats the row before it; every 250th has a bad phone
            long number = 9_800_000_000L + (i % 100 == 99 ? i - 1 : i);
            csv.append("Lead ").append(i).append(',').append(i % 250 == 5 ? "12345" : String.valueOf(number)).append('\n');
        }
        LeadImport staged = crm.startLeadImport.stage(
                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), "big.csv", null);

        assertThatThrownBy(() -> crm.runLeadImport.run(staged.id(), batch -> {
            if (batch.rows() >= RunLeadImport.CHUNK_ROWS) {
                throw new IllegalStateException("the worker died");
            }
        })).hasMessage("the worker died");
        LeadImport cut = crm.showLeadImport.forOperator(staged.id());
        assertThat(cut.status()).isEqualTo(ImportStatus.RUNNING);
        assertThat(cut.rows()).isEqualTo(RunLeadImport.CHUNK_ROWS);

        LeadImport done = crm.runLeadImport.run(staged.id(), RunLeadImport.Progress.NONE);

        assertThat(done.status()).isEqualTo(ImportStatus.DONE);
        assertThat(done.rows()).isEqualTo(rows);
        assertThat(done.failed()).isEqualTo(5);
        assertThat(done.duplicates()).isEqualTo(12);
        assertThat(done.created()).isEqualTo(rows - 5 - 12);
        long stored = platform.jdbi().withHandle(h -> h.createQuery(
                "SELECT count(*) FROM mas_crm.raw_leads WHERE source_type = 'IMPORT'").mapTo(Long.class).one());
        assertThat(stored).isEqualTo(done.created());
        long errors = platform.jdbi().withHandle(h -> h.createQuery(
                "SELECT count(*) FROM mas_crm.lead_import_errors WHERE import_id = :id").bind("id", staged.id())
                .mapTo(Long.class).one());
        assertThat(errors).isEqualTo(5);

        LeadImport again = crm.runLeadImport.run(staged.id(), RunLeadImport.Progress.NONE);
        assertThat(again).isEqualTo(done);
    }
}
