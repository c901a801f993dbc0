package in.mrmentor.bootstrap;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import in.mrmentor.persistence.testing.TestPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static in.mrmentor.bootstrap.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 "Logs" and "Metrics" over a real socket: one access line per request with the route
 * template and ids only, latency histograms and problem counts in /metrics, queue depths and KPI gauges
 * read from the database, and one outbox message for an operator.
 */
class ObservabilityOverHttpTest {
    private static final String ADMIN_EMAIL = "root@mrmentor.test";
    private static final String ADMIN_PASSWORD = "bootstrap-admin-pass";

    @TempDir
    Path dataDir;

    private final ListAppender<ILoggingEvent> accessLines = new ListAppender<>();
    private final Logger accessLogger = (Logger) LoggerFactory.getLogger("mas.access");

    @BeforeEach
    void captureAccessLog() {
        accessLines.start();
        accessLogger.addAppender(accessLines);
    }

    @AfterEach
    void releaseAccessLog() {
        accessLogger.detachAppender(accessLines);
    }

    private Map<String, String> environment(String database) {
        return new HashMap<>(Map.of("MAS_DATA_DIR", dataDir.toString(), "PORT", "0", "HOST", "127.0.0.1",
                "ADMIN_EMAIL", ADMIN_EMAIL, "ADMIN_PASSWORD", ADMIN_PASSWORD, "AUTH_IP_MAX_PER_MINUTE", "10000",
                "DATABASE_URL", database));
    }

    private static String adminToken(ApiClient api) {
        return api.post("/api/auth/login", null, json("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD)).text("accessToken");
    }

    /**
     * The access lines of a route once {@code expected} have been written, or what there is after 5 s:
     * Jetty writes a request's line after the response has gone out, so a client can read the answer
     * before its line exists.
     */
    private List<ILoggingEvent> linesFor(String route, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
        List<ILoggingEvent> lines;
        while ((lines = captured().stream().filter(event -> kv(event, "route").equals(route)).toList()).size() < expected
                && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return lines;
    }

    /** The lines so far: request threads append while the test reads, under the appender's own lock. */
    private List<ILoggingEvent> captured() {
        synchronized (accessLines) {
            return new java.util.ArrayList<>(accessLines.list);
        }
    }

    private static String kv(ILoggingEvent event, String key) {
        return event.getKeyValuePairs() == null ? "" : event.getKeyValuePairs().stream()
                .filter(pair -> pair.key.equals(key)).map(pair -> String.valueOf(pair.value)).findFirst().orElse("");
    }

    @Test
    void eachRequestIsOneAccessLineWithTheRouteTemplateAndIdsOnly() throws Exception {
        String database = TestPostgres.get().databaseUrl(TestPostgres.get().freshDatabaseName());
        try (MasServer app = MasServer.start(SettingsReader.read(environment(database)))) {
            ApiClient api = new ApiClient(app.port());
            var signup = api.post("/api/auth/signup", null,
                    json("email", "asha.rao@example.com", "password", "correct-horse", "name", "Asha Rao"));
            String token = signup.text("accessToken");
            String userId = signup.body().path("user").path("id").asText();
            synchronized (accessLines) {
                accessLines.list.clear();
            }

            var me = api.send("GET", "/api/auth/me", token, null, Map.of("X-Request-Id", "req-12-me"));
            assertThat(me.status()).isEqualTo(200);
            String unknown = UUID.randomUUID().toString();
            assertThat(api.get("/api/admin/outbox/" + unknown, adminToken(api)).status()).isEqualTo(404);

            List<ILoggingEvent> meLines = linesFor("/api/auth/me", 1);
            assertThat(meLines).hasSize(1);
            ILoggingEvent line = meLines.get(0);
            assertThat(kv(line, "method")).isEqualTo("GET");
            assertThat(kv(line, "status")).isEqualTo("200");
            assertThat(kv(line, "user")).isEqualTo(userId);
            assertThat(kv(line, "tenant")).isEqualTo("mr-mentor");
            assertThat(Long.parseLong(kv(line, "bytes"))).isEqualTo(me.raw().body().getBytes().length);
            assertThat(Long.parseLong(kv(line, "durationMs"))).isNotNegative();
            assertThat(line.getMDCPropertyMap()).containsEntry("requestId", "req-12-me");
            assertThat(line.getFormattedMessage()).contains("GET /api/auth/me 200").contains(userId);
            assertThat(linesFor("/api/admin/outbox/{id}", 1)).hasSize(1);
            assertThat(captured()).noneMatch(event -> event.getFormattedMessage().contains(unknown));
            assertThat(captured()).noneMatch(event -> event.getFormattedMessage().contains("asha.rao@example.com")
                    || event.getFormattedMessage().contains("Asha Rao"));
        }
    }

    @Test
    void metricsHaveLatencyBucketsProblemCountsQueueDepthsAndKpisFromTheStore() throws InterruptedException {
        String database = TestPostgres.get().databaseUrl(TestPostgres.get().freshDatabaseName());
        try (MasServer app = MasServer.start(SettingsReader.read(environment(database)))) {
            ApiClient api = new ApiClient(app.port());
            String admin = adminToken(api);
            assertThat(api.get("/api/auth/me", null).status()).isEqualTo(401);
            api.get("/api/auth/me", admin);
            // A gauge whose state object is only weakly held reads NaN once collected.
            System.gc();
            Thread.sleep(100);
            System.gc();

            var scrape = api.get("/metrics", admin);

            assertThat(scrape.status()).isEqualTo(200);
            String text = scrape.raw().body();
            assertThat(text).containsPattern("http_server_requests_seconds_bucket\\{[^}]*route=\"/api/auth/me\"[^}]*status=\"200\"")
                    .containsPattern("http_server_problems_total\\{code=\"UNAUTHENTICATED\"")
                    .containsPattern("mas_jobs_queue_depth\\{state=\"ready\",type=\"email\"} [0-9.]+")
                    .containsPattern("mas_jobs_queue_depth\\{state=\"dead\",type=\"cleanup\"} [0-9.]+")
                    // The bootstrap admin exists, and a fresh start stored a first snapshot: no NaN.
                    .containsPattern("mas_kpi_users\\{role=\"SUPERADMIN\"} 1\\.0");
        }
    }

    @Test
    void aRestartedProcessReportsTheStoredKpiSnapshotAndJobDurationsAreTimed() throws Exception {
        String database = TestPostgres.get().databaseUrl(TestPostgres.get().freshDatabaseName());
        try (MasServer first = MasServer.start(SettingsReader.read(environment(database)))) {
            ApiClient api = new ApiClient(first.port());
            api.post("/api/auth/signup", null, json("email", "s1@example.com", "password", "correct-horse", "name", "S"));
            String admin = adminToken(api);
            // The kpi job runs at start; its snapshot (taken after the signup or before) is stored.
            Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
            while (!api.get("/metrics", admin).raw().body().contains("mas_jobs_duration_seconds_count{outcome=\"ok\",type=\"kpi\"}")
                    && Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
            }
            assertThat(api.get("/metrics", admin).raw().body())
                    .containsPattern("mas_jobs_duration_seconds_bucket\\{outcome=\"ok\",type=\"kpi\"");
        }
        Map<String, String> second = environment(database);
        second.put("KPI_INTERVAL_MINUTES", "600");
        try (MasServer restarted = MasServer.start(SettingsReader.read(second))) {
            ApiClient api = new ApiClient(restarted.port());
            String text = api.get("/metrics", adminToken(api)).raw().body();
            assertThat(text).containsPattern("mas_kpi_users\\{role=\"USER\"} [0-9]+\\.0").doesNotContain("mas_kpi_users{role=\"USER\"} NaN");
        }
    }

    @Test
    void anAdminReadsOneOutboxMessageWithItsCodeInDevelopment() throws Exception {
        String database = TestPostgres.get().databaseUrl(TestPostgres.get().freshDatabaseName());
        try (MasServer app = MasServer.start(SettingsReader.read(environment(database)))) {
            ApiClient api = new ApiClient(app.port());
            var signup = api.post("/api/auth/signup", null, json("email", "otp@example.com", "password", "correct-horse", "name", "O"));
            assertThat(api.post("/api/auth/otp/request", null, json("email", "otp@example.com")).status()).isEqualTo(202);
            String admin = adminToken(api);
            String id = api.get("/api/admin/outbox", admin).body().path("items").get(0).path("id").asText();

            var message = api.get("/api/admin/outbox/" + id, admin);

            assertThat(message.status()).isEqualTo(200);
            assertThat(message.text("to")).isEqualTo("otp@example.com");
            assertThat(message.text("textBody")).containsPattern("\\b\\d{6}\\b");
            assertThat(message.body().path("redacted").asBoolean()).isFalse();
            assertThat(api.get("/api/admin/outbox/" + id, signup.text("accessToken")).status()).isEqualTo(403);
            assertThat(api.get("/api/admin/outbox/" + id, null).status()).isEqualTo(401);
            var unknown = api.get("/api/admin/outbox/" + UUID.randomUUID(), admin);
            assertThat(unknown.status()).isEqualTo(404);
            assertThat(unknown.code()).isEqualTo("OUTBOX_MESSAGE_NOT_FOUND");
            assertThat(api.get("/api/admin/outbox/not-a-uuid", admin).status()).isEqualTo(400);
        }
    }
}
