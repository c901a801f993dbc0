package in.mrmentor.bootstrap;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import in.mrmentor.persistence.testing.TestPostgres;
import io.lettuce.core.RedisClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import redis.embedded.RedisServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static in.mrmentor.bootstrap.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acceptance of the platform-services issue: an OTP request becomes a mail delivered by a job,
 * kept in the outbox with nothing configured, sent over SMTP when configured, and carried by Redis
 * Streams when REDIS_URL is set.
 */
class MailOverHttpTest {
    private static final String ADMIN_EMAIL = "root@mrmentor.test";
    private static final String ADMIN_PASSWORD = "bootstrap-admin-pass";
    private static RedisServer redis;
    private static int redisPort;

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir
    Path dataDir;

    @BeforeAll
    static void startRedis() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            redisPort = socket.getLocalPort();
        }
        redis = RedisServer.newRedisServer().port(redisPort).bind("127.0.0.1")
                .setting("save \"\"").setting("appendonly no").build();
        redis.start();
    }

    @AfterAll
    static void stopRedis() throws IOException {
        redis.stop();
    }

    private Map<String, String> environment(Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(Map.of("MAS_DATA_DIR", dataDir.toString(), "PORT", "0",
                "HOST", "127.0.0.1", "ADMIN_EMAIL", ADMIN_EMAIL, "ADMIN_PASSWORD", ADMIN_PASSWORD,
                "DATABASE_URL", TestPostgres.get().databaseUrl(TestPostgres.get().freshDatabaseName())));
        env.putAll(extra);
        return env;
    }

    private static void eventually(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(100);
        }
    }

    /** Signs a student up, asks for an OTP, and returns the student's address. */
    private static String requestOtp(ApiClient api) {
        String email = "otp-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        api.post("/api/auth/signup", null, json("email", email, "password", "correct-horse", "name", "Asha"));
        assertThat(api.post("/api/auth/otp/request", null, json("email", email)).status()).isEqualTo(202);
        return email;
    }

    private static String outboxStatusOf(ApiClient api, String email) {
        String admin = api.post("/api/auth/login", null, json("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD))
                .text("accessToken");
        for (var item : api.get("/api/admin/outbox", admin).body().path("items")) {
            if (item.path("to").asText().equals(email)) {
                return item.path("status").asText();
            }
        }
        return "ABSENT";
    }

    @Test
    void withNothingConfiguredTheMailIsKeptInTheOutboxWithinSeconds() throws Exception {
        try (MasServer app = MasServer.start(SettingsReader.read(environment(Map.of())))) {
            ApiClient api = new ApiClient(app.port());
            String email = requestOtp(api);

            eventually(() -> outboxStatusOf(api, email).equals("KEPT"), "the email job kept the mail in the outbox");
        }
    }

    @Test
    void withSmtpConfiguredTheMailIsSent() throws Exception {
        var smtp = Map.of("SMTP_HOST", "127.0.0.1", "SMTP_PORT", String.valueOf(SMTP.getSmtp().getPort()),
                "SMTP_TLS", "false", "EMAIL_FROM", "noreply@mrmentor.in");
        try (MasServer app = MasServer.start(SettingsReader.read(environment(smtp)))) {
            ApiClient api = new ApiClient(app.port());
            String email = requestOtp(api);

            eventually(() -> SMTP.getReceivedMessagesForDomain("example.com").length > 0, "GreenMail received it");
            assertThat(SMTP.getReceivedMessages()[0].getAllRecipients()[0].toString()).isEqualTo(email);
            eventually(() -> outboxStatusOf(api, email).equals("SENT"), "the outbox row is marked sent");
        }
    }

    @Test
    void withRedisConfiguredTheEmailJobPassesThroughRedisStreams() throws Exception {
        var env = environment(Map.of("REDIS_URL", "redis://127.0.0.1:" + redisPort));
        try (MasServer app = MasServer.start(SettingsReader.read(env))) {
            ApiClient api = new ApiClient(app.port());
            String email = requestOtp(api);

            eventually(() -> outboxStatusOf(api, email).equals("KEPT"), "the email job ran");
            RedisClient client = RedisClient.create("redis://127.0.0.1:" + redisPort);
            try (var connection = client.connect()) {
                List<String> keys = connection.sync().keys("mas:jobs*");
                assertThat(keys).anySatisfy(key -> assertThat(key).contains("email"));
            } finally {
                client.shutdown();
            }
            String admin = api.post("/api/auth/login", null, json("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD))
                    .text("accessToken");
            assertThat(api.get("/api/health", null).body().path("checks").path("queue").asText()).isEqualTo("UP");
            assertThat(api.get("/api/admin/queues", admin).body().path("items").findValuesAsText("queue")).contains("email");
        }
    }
}
