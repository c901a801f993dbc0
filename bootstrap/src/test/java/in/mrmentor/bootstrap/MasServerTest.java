package in.mrmentor.bootstrap;

import in.mrmentor.bootstrap.config.ConfigModule;
import in.mrmentor.bootstrap.identity.IdentityModule;
import in.mrmentor.bootstrap.platform.MicrosecondClock;
import in.mrmentor.bootstrap.platform.StartupFailure;
import in.mrmentor.config.UpsertConfig;
import in.mrmentor.identity.LogIn;
import in.mrmentor.persistence.testing.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The whole service as a client sees it: wired from settings, over real sockets, on a real PostgreSQL. */
class MasServerTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String ADMIN_EMAIL = "root@mrmentor.test";
    private static final String ADMIN_PASSWORD = "bootstrap-admin-pass";

    @TempDir
    Path dataDir;

    private Map<String, String> environment(String databaseUrl) {
        Map<String, String> env = new HashMap<>();
        env.put("MAS_DATA_DIR", dataDir.toString());
        env.put("PORT", "0");
        env.put("HOST", "127.0.0.1");
        env.put("ADMIN_EMAIL", ADMIN_EMAIL);
        env.put("ADMIN_PASSWORD", ADMIN_PASSWORD);
        if (databaseUrl != null) {
            env.put("DATABASE_URL", databaseUrl);
        }
        return env;
    }

    private static String externalDatabase(String name) {
        return TestPostgres.get().databaseUrl(name);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(MasServer app, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path));
    }

    /** The bootstrap SUPERADMIN that ADMIN_EMAIL / ADMIN_PASSWORD created at start, signed in. */
    private static String adminToken(MasServer app) {
        return app.module(IdentityModule.class).logIn.logIn(new LogIn.Command(ADMIN_EMAIL, ADMIN_PASSWORD)).accessToken();
    }

    @Test
    void aConfigRowWrittenThroughTheAdminApiSurvivesARestartOnTheEmbeddedDatabase() throws Exception {
        Map<String, String> env = environment(null);
        String tokenFromBeforeTheRestart;
        try (MasServer first = MasServer.start(SettingsReader.read(env))) {
            tokenFromBeforeTheRestart = adminToken(first);
            assertThat(send(request(first, "/api/health")).body()).contains("\"status\":\"UP\"");
            var created = send(request(first, "/api/admin/system-config")
                    .header("Authorization", "Bearer " + adminToken(first))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"key\":\"global_auto_screen_on_apply\",\"value\":\"true\",\"label\":\"Auto screen\"}")));
            assertThat(created.statusCode()).isEqualTo(200);
        }
        try (MasServer second = MasServer.start(SettingsReader.read(env))) {
            var read = send(request(second, "/api/system-config/global_auto_screen_on_apply"));

            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(read.body()).contains("\"value\":\"true\"", "\"label\":\"Auto screen\"");
            // the generated development JWT secret is kept in MAS_DATA_DIR, so sessions survive the restart
            var list = send(request(second, "/api/admin/system-config")
                    .header("Authorization", "Bearer " + tokenFromBeforeTheRestart));
            assertThat(list.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void anOperatorsCommandWhileServingUsesTheRunningEmbeddedDatabase() throws Exception {
        Map<String, String> env = environment(null);
        try (MasServer app = MasServer.start(SettingsReader.read(env));
             Platform operator = Platform.open(SettingsReader.read(env), true)) {
            var config = MasServer.modules(operator).get(ConfigModule.class);
            config.upsertConfig.upsert(new UpsertConfig.Command("set_from_the_cli", "yes", null, null, null, null));

            assertThat(send(request(app, "/api/system-config/set_from_the_cli")).body()).contains("\"value\":\"yes\"");
            assertThat(operator.runtime().embedded()).as("the operator's platform owns no server").isFalse();
        }
    }

    @Test
    void theClockTicksInTheMicrosecondsPostgresKeepsSoAnInstantReadsBackAsItWasTaken() throws Exception {
        Map<String, String> env = environment(externalDatabase(TestPostgres.get().freshDatabaseName()));
        try (Platform platform = Platform.open(SettingsReader.read(env), true)) {
            assertThat(platform.clock()).isInstanceOf(MicrosecondClock.class);
            assertThat(platform.clock().instant().getNano() % 1_000).isZero();
        }
    }

    @Test
    void aBusyPortIsAClearStartupFailureThatLeavesNothingRunning() {
        String name = TestPostgres.get().freshDatabaseName();
        Map<String, String> env = environment(externalDatabase(name));
        try (MasServer first = MasServer.start(SettingsReader.read(env))) {
            env.put("PORT", String.valueOf(first.port()));

            assertThatThrownBy(() -> MasServer.start(SettingsReader.read(env)))
                    .isInstanceOf(StartupFailure.class)
                    .hasMessageContaining(":" + first.port())
                    .hasMessageContaining("set PORT");
        }
    }

    @Test
    void theRecurringCleanupRemovesAnUnbookedSlotWhoseStartHasPassed() throws Exception {
        String name = TestPostgres.get().freshDatabaseName();
        Map<String, String> env = environment(externalDatabase(name));
        var pg = TestPostgres.get().server();
        java.util.function.Supplier<Integer> staleSlots = () -> {
            try (var connection = DriverManager.getConnection(pg.jdbcUrl(name), pg.user(), pg.password());
                 var rows = connection.createStatement().executeQuery("SELECT count(*) FROM slots")) {
                rows.next();
                return rows.getInt(1);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        };
        try (Platform setup = Platform.open(SettingsReader.read(env), true);
             var connection = DriverManager.getConnection(pg.jdbcUrl(name), pg.user(), pg.password());
             var statement = connection.createStatement()) {
            statement.execute("INSERT INTO users (id, email, name, role, password_hash, password_changed_at) VALUES "
                    + "('00000000-0000-0000-0000-0000000000e1', 'mentor@example.com', 'Meera', 'EXPERT', 'x', now())");
            statement.execute("INSERT INTO slots (id, mentor_id, start_at, end_at, token_cost, status, created_at) VALUES "
                    + "(gen_random_uuid(), '00000000-0000-0000-0000-0000000000e1', now() - interval '2 hours', "
                    + "now() - interval '90 minutes', 1, 'TENTATIVE', now() - interval '3 days')");
        }
        assertThat(staleSlots.get()).isEqualTo(1);

        try (MasServer app = MasServer.start(SettingsReader.read(env))) {
            java.time.Instant deadline = java.time.Instant.now().plusSeconds(20);
            while (staleSlots.get() > 0 && java.time.Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
            }
            assertThat(staleSlots.get()).as("the cleanup job fired at start and removed the expired slot").isZero();
        }
    }

    @Test
    void healthIsDownWith503WhenTheDatabaseGoesAway() throws Exception {
        String name = TestPostgres.get().freshDatabaseName();
        Map<String, String> env = environment(externalDatabase(name));
        // Workers blocked on a vanished database are interrupted after this grace instead of the default 20 s.
        env.put("SHUTDOWN_TIMEOUT_SECONDS", "2");
        try (MasServer app = MasServer.start(SettingsReader.read(env))) {
            assertThat(send(request(app, "/api/health")).statusCode()).isEqualTo(200);

            var pg = TestPostgres.get().server();
            try (var connection = DriverManager.getConnection(pg.jdbcUrl("postgres"), pg.user(), pg.password());
                 var statement = connection.createStatement()) {
                statement.execute("DROP DATABASE " + name + " WITH (FORCE)");
            }

            var health = send(request(app, "/api/health"));
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("\"database\":\"DOWN\"");
        }
    }

    @Test
    void requestIdsAreEchoedAndMalformedJsonIsAProblem() throws Exception {
        String name = TestPostgres.get().freshDatabaseName();
        try (MasServer app = MasServer.start(SettingsReader.read(environment(externalDatabase(name))))) {
            var response = send(request(app, "/api/admin/system-config")
                    .header("Authorization", "Bearer " + adminToken(app))
                    .header("X-Request-Id", "trace-123")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"key\": ")));

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.headers().firstValue("X-Request-Id")).contains("trace-123");
            assertThat(response.body()).contains("VALIDATION_FAILED");
        }
    }

    @Test
    void openApiAndMetricsAreServed() throws Exception {
        String name = TestPostgres.get().freshDatabaseName();
        try (MasServer app = MasServer.start(SettingsReader.read(environment(externalDatabase(name))))) {
            assertThat(send(request(app, "/openapi.json")).body()).contains("/api/admin/system-config", "/api/health");

            var metrics = send(request(app, "/metrics").header("Authorization", "Bearer " + adminToken(app)));
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body()).contains("jvm_memory_used_bytes", "hikaricp_connections");

            // The kpi schedule fires at start; its snapshot counts the bootstrap SUPERADMIN.
            java.time.Instant deadline = java.time.Instant.now().plusSeconds(20);
            String body = "";
            while (!body.contains("mas_kpi_users{role=\"SUPERADMIN\"} 1.0") && java.time.Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
                body = send(request(app, "/metrics").header("Authorization", "Bearer " + adminToken(app))).body();
            }
            assertThat(body).contains("mas_kpi_users{role=\"SUPERADMIN\"} 1.0");
        }
    }

    @Test
    void healthReportsTheDatabaseTheQueueAndTheBlobStore() throws Exception {
        String name = TestPostgres.get().freshDatabaseName();
        try (MasServer app = MasServer.start(SettingsReader.read(environment(externalDatabase(name))))) {
            var health = send(request(app, "/api/health"));

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"database\":\"UP\"", "\"queue\":\"UP\"", "\"blobStore\":\"UP\"");
            var queues = send(request(app, "/api/admin/queues").header("Authorization", "Bearer " + adminToken(app)));
            assertThat(queues.statusCode()).isEqualTo(200);
            assertThat(queues.body()).contains("\"items\"");
        }
    }

    @Test
    void theUnknownPlatformIsRefused() throws Exception {
        String name = TestPostgres.get().freshDatabaseName();
        try (MasServer app = MasServer.start(SettingsReader.read(environment(externalDatabase(name))))) {
            var response = send(request(app, "/api/system-config/anything").header("x-platform", "acme"));

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.body()).contains("UNKNOWN_PLATFORM");
        }
    }
}
