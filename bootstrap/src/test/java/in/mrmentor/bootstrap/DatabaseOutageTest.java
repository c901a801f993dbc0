package in.mrmentor.bootstrap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.embedded.RedisServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static in.mrmentor.bootstrap.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database (and Redis) going away under a running server, as in a {@code pg_ctl restart}: the
 * server says "try again shortly" for as long as it lasts, recovers by itself, and still stops in time.
 */
class DatabaseOutageTest {
    private static final int SHUTDOWN_TIMEOUT_SECONDS = 3;

    @TempDir
    Path dataDir;
    @TempDir
    Path postgresRoot;

    private RestartablePostgres postgres;

    @BeforeEach
    void startPostgres() {
        postgres = new RestartablePostgres(postgresRoot);
    }

    @AfterEach
    void stopPostgres() {
        postgres.close();
    }

    private Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        env.put("MAS_DATA_DIR", dataDir.toString());
        env.put("PORT", "0");
        env.put("HOST", "127.0.0.1");
        env.put("DATABASE_URL", postgres.databaseUrl());
        env.put("SHUTDOWN_TIMEOUT_SECONDS", String.valueOf(SHUTDOWN_TIMEOUT_SECONDS));
        return env;
    }

    private static String signUp(ApiClient api) {
        String email = "outage-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var signedUp = api.post("/api/auth/signup", null, json("email", email, "password", "correct-horse", "name", "Asha"));
        assertThat(signedUp.status()).isEqualTo(201);
        return signedUp.text("accessToken");
    }

    private static void assertTryAgainLater(ApiClient.Response response) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(503);
        assertThat(response.code()).isEqualTo("SERVICE_UNAVAILABLE");
        assertThat(response.raw().headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isPositive());
    }

    @Test
    void whileTheDatabaseIsDownEveryRequestIsTryAgainLaterAndAValidTokenWorksOnceItIsBack() throws Exception {
        try (MasServer app = MasServer.start(SettingsReader.read(environment()))) {
            ApiClient api = new ApiClient(app.port());
            String token = signUp(api);
            assertThat(api.get("/api/auth/me", token).status()).isEqualTo(200);

            postgres.stop();

            // At once, as clients would: each waits for the pool to give up on the database.
            var me = CompletableFuture.supplyAsync(() -> api.get("/api/auth/me", token));
            var wallet = CompletableFuture.supplyAsync(() -> api.get("/api/tokens/wallet", token));
            var login = CompletableFuture.supplyAsync(() -> api.post("/api/auth/login", null,
                    json("email", "someone@example.com", "password", "correct-horse")));
            var signup = CompletableFuture.supplyAsync(() -> api.post("/api/auth/signup", null,
                    json("email", "new@example.com", "password", "correct-horse", "name", "New")));
            var health = api.get("/api/health", null);

            assertThat(health.status()).isEqualTo(503);
            assertThat(health.body().path("checks").path("database").asText()).isEqualTo("DOWN");
            assertTryAgainLater(me.join());
            assertTryAgainLater(wallet.join());
            assertTryAgainLater(login.join());
            assertTryAgainLater(signup.join());

            postgres.start();

            Instant deadline = Instant.now().plusSeconds(30);
            ApiClient.Response again = api.get("/api/auth/me", token);
            while (again.status() != 200 && Instant.now().isBefore(deadline)) {
                assertThat(again.status()).as("only ever 503 until the database is back").isEqualTo(503);
                Thread.sleep(200);
                again = api.get("/api/auth/me", token);
            }
            assertThat(again.status()).as("the token from before the outage still works").isEqualTo(200);
            assertThat(api.get("/api/health", null).status()).isEqualTo(200);
        }
    }

    @Test
    void stoppingWithTheDatabaseAndRedisDownFinishesWithinTheShutdownTimeout() throws Exception {
        int redisPort = freePort();
        RedisServer redis = RedisServer.newRedisServer().port(redisPort).bind("127.0.0.1")
                .setting("save \"\"").setting("appendonly no").build();
        redis.start();
        Map<String, String> env = environment();
        env.put("REDIS_URL", "redis://127.0.0.1:" + redisPort);
        MasServer app = MasServer.start(SettingsReader.read(env));
        ApiClient api = new ApiClient(app.port());
        String token = signUp(api);
        try {
            redis.stop();
            postgres.stop();
            // A request in flight waits for the vanished database while the server is told to stop.
            var inFlight = CompletableFuture.runAsync(() -> api.get("/api/auth/me", token));
            Thread.sleep(300);

            Instant stopping = Instant.now();
            app.close();
            Duration took = Duration.between(stopping, Instant.now());

            assertThat(took).as("the whole stop, with PostgreSQL and Redis down")
                    .isLessThan(Duration.ofSeconds(SHUTDOWN_TIMEOUT_SECONDS + 7));
            inFlight.exceptionally(cut -> null).join();
        } finally {
            app.close();
            if (redis.isActive()) {
                redis.stop();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
