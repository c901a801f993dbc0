package in.mrmentor.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import in.mrmentor.bootstrap.MasServer;
import in.mrmentor.bootstrap.SettingsReader;
import in.mrmentor.persistence.embedded.EmbeddedPostgres;
import org.postgresql.PGConnection;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Imports a generated CSV ({@code rows} rows, 5 % repeating an earlier person's phone in another
 * spelling, 1 % with a phone that is no number) through {@code POST /api/crm/imports} and the
 * {@code leadImport} job, and as the baseline {@code COPY}s the same file into a plain table of
 * the same database in the same run. Prints rows/s of both, their ratio, and the server JVM's
 * resident memory before, at its peak during and after the import, sampled every 100 ms.
 *
 * <p>Arguments: {@code [rows=200000]}.
 */
public final class LeadImportBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String ADMIN_EMAIL = "bench-admin@example.com";
    private static final String ADMIN_PASSWORD = "bench-admin-password";

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        Path root = Files.createTempDirectory("mas-crm-bench-");
        Path csv = root.resolve("leads.csv");
        int[] expected = generate(csv, rows);
        System.out.printf("CSV: %d rows, %d duplicates, %d bad phones, %.1f MB%n", rows, expected[1], expected[2],
                Files.size(csv) / 1e6);
        try (EmbeddedPostgres pg = EmbeddedPostgres.start(EmbeddedPostgres.Options.at(root.resolve("pg"))
                .withServerSettings(List.of("max_connections=100")))) {
            try (Connection admin = DriverManager.getConnection(pg.jdbcUrl("postgres"), pg.user(), pg.password())) {
                admin.createStatement().execute("CREATE DATABASE bench");
            }
            String jdbcUrl = pg.jdbcUrl("bench");
            try (MasServer app = MasServer.start(SettingsReader.read(Map.of(
                    "MAS_DATA_DIR", root.resolve("data").toString(), "PORT", "0", "HOST", "127.0.0.1",
                    "DATABASE_URL", "postgres://" + pg.user() + ":" + pg.password() + "@127.0.0.1:" + pg.port() + "/bench",
                    "ADMIN_EMAIL", ADMIN_EMAIL, "ADMIN_PASSWORD", ADMIN_PASSWORD, "LOG_FORMAT", "text")))) {
                System.gc();
                double copySeconds = copyBaseline(jdbcUrl, pg.user(), pg.password(), csv);
                double copyRate = rows / copySeconds;
                System.out.printf("COPY baseline: %d rows in %.2f s = %.0f rows/s%n", rows, copySeconds, copyRate);

                long rssBefore = rssKb();
                AtomicLong peak = new AtomicLong(rssBefore);
                Thread sampler = new Thread(() -> {
                    while (!Thread.currentThread().isInterrupted()) {
                        peak.accumulateAndGet(rssKb(), Math::max);
                        try {
                            Thread.sleep(100);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                });
                sampler.setDaemon(true);
                sampler.start();
                long start = System.nanoTime();
                JsonNode report = importOverHttp(app.port(), csv);
                double importSeconds = (System.nanoTime() - start) / 1e9;
                sampler.interrupt();
                sampler.join();
                long rssAfter = rssKb();
                double importRate = rows / importSeconds;
                System.out.printf("MAS import: %s in %.2f s = %.0f rows/s%n", report, importSeconds, importRate);
                System.out.printf("ratio: %.1f %% of COPY%n", 100 * importRate / copyRate);
                System.out.printf("server JVM RSS: before %d MB, peak during import %d MB, after %d MB (-Xmx %d MB)%n",
                        rssBefore / 1024, peak.get() / 1024, rssAfter / 1024, Runtime.getRuntime().maxMemory() / (1024 * 1024));
                if (report.path("created").asLong() != expected[0] || report.path("duplicates").asLong() != expected[1]
                        || report.path("failed").asLong() != expected[2]) {
                    throw new IllegalStateException("the row report does not match the generated file: " + report);
                }
                try (Connection check = DriverManager.getConnection(jdbcUrl, pg.user(), pg.password());
                     ResultSet count = check.createStatement().executeQuery("SELECT count(*) FROM mas_crm.raw_leads")) {
                    count.next();
                    if (count.getLong(1) != expected[0]) {
                        throw new IllegalStateException("raw_leads holds " + count.getLong(1) + " leads, expected " + expected[0]);
                    }
                }
            }
        }
    }

    /** Writes the file; answers {created, duplicates, bad}. */
    private static int[] generate(Path csv, int rows) throws IOException {
        int duplicates = 0;
        int bad = 0;
        long nextNumber = 9_800_000_000L;
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("name,phone,email,city\n");
            for (int i = 0; i < rows; i++) {
                if (i % 100 == 50) {
                    out.write("Bad " + i + ",12345,,Pune\n");
                    bad++;
                } else if (i % 20 == 11 && nextNumber > 9_800_000_000L) {
                    // the same person as an earlier row, the national way of writing the number
                    out.write("Again " + i + ",0" + (nextNumber - 7) + ",,Pune\n");
                    duplicates++;
                } else {
                    out.write("\"Lead, " + i + "\",+91 " + nextNumber + ",lead" + i + "@example.com,Pune\n");
                    nextNumber++;
                }
            }
        }
        return new int[]{rows - duplicates - bad, duplicates, bad};
    }

    private static double copyBaseline(String jdbcUrl, String user, String password, Path csv) throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password)) {
            connection.createStatement().execute("CREATE TABLE copy_baseline (name text, phone text, email text, city text)");
            long start = System.nanoTime();
            try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("COPY copy_baseline FROM STDIN WITH (FORMAT csv, HEADER true)", reader);
            }
            return (System.nanoTime() - start) / 1e9;
        }
    }

    private static JsonNode importOverHttp(int port, Path csv) throws Exception {
        String base = "http://127.0.0.1:" + port;
        var login = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                        Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD)))).build(), HttpResponse.BodyHandlers.ofString());
        String token = JSON.readTree(login.body()).path("accessToken").asText();
        var started = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/crm/imports"))
                .header("Content-Type", "text/csv").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofFile(csv)).build(), HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            throw new IllegalStateException("import refused: " + started.statusCode() + " " + started.body());
        }
        String id = JSON.readTree(started.body()).path("importId").asText();
        while (true) {
            var status = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/crm/imports/" + id))
                    .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            JsonNode report = JSON.readTree(status.body());
            String state = report.path("status").asText();
            if (state.equals("DONE") || state.equals("FAILED")) {
                return report;
            }
            Thread.sleep(200);
        }
    }

    private static long rssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }
}
