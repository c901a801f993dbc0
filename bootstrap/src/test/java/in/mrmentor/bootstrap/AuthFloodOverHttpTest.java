package in.mrmentor.bootstrap;

import in.mrmentor.persistence.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import static in.mrmentor.bootstrap.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11 item 19: the sign-in routes count per client address too (a flood of wrong logins for
 * random e-mails never tripped the per-e-mail throttle), in PostgreSQL, so two servers count together.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthFloodOverHttpTest {
    private static final int LIMIT = 3;

    @TempDir
    static Path dataDir;

    private MasServer first;
    private MasServer second;
    private ApiClient api;
    private ApiClient otherServer;

    @BeforeAll
    void start() {
        String database = TestPostgres.get().freshDatabaseName();
        Map<String, String> env = Map.of(
                "MAS_DATA_DIR", dataDir.toString(), "PORT", "0", "HOST", "127.0.0.1",
                "DATABASE_URL", TestPostgres.get().databaseUrl(database),
                "AUTH_IP_MAX_PER_MINUTE", String.valueOf(LIMIT),
                // The test client is the proxy: X-Forwarded-For names the address to count.
                "TRUSTED_PROXIES", "127.0.0.1/32");
        first = MasServer.start(SettingsReader.read(env));
        second = MasServer.start(SettingsReader.read(env));
        api = new ApiClient(first.port());
        otherServer = new ApiClient(second.port());
    }

    @AfterAll
    void stop() {
        second.close();
        first.close();
    }

    /** The counter has one-minute windows; keep a test's requests inside one of them. */
    @BeforeEach
    void awayFromAMinuteBoundary() throws InterruptedException {
        int second = Instant.now().atOffset(ZoneOffset.UTC).getSecond();
        if (second >= 50) {
            Thread.sleep((61 - second) * 1_000L);
        }
    }

    private static ApiClient.Response wrongLogin(ApiClient client, String forwardedFor) {
        return client.send("POST", "/api/auth/login", null,
                json("email", "nobody-" + UUID.randomUUID() + "@example.com", "password", "wrong-password"),
                Map.of("X-Forwarded-For", forwardedFor));
    }

    @Test
    void pastTheLimitAnAddressGets429WithRetryAfterAndRateLimitHeadersWhileAnotherAddressIsServed() {
        String flooder = "198.51.100.9";
        for (int i = 0; i < LIMIT; i++) {
            var refused = wrongLogin(api, flooder);
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.raw().headers().firstValue("RateLimit-Remaining")).contains(String.valueOf(LIMIT - 1 - i));
        }

        var limited = api.send("POST", "/api/auth/signup", null,
                json("email", "new-" + UUID.randomUUID() + "@example.com", "password", "correct-horse", "name", "Asha"),
                Map.of("X-Forwarded-For", flooder));

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.code()).isEqualTo("RATE_LIMITED");
        var headers = limited.raw().headers();
        long retryAfter = Long.parseLong(headers.firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 60L);
        assertThat(headers.firstValue("RateLimit-Limit")).contains(String.valueOf(LIMIT));
        assertThat(headers.firstValue("RateLimit-Remaining")).contains("0");
        assertThat(Long.parseLong(headers.firstValue("RateLimit-Reset").orElseThrow())).isBetween(1L, 60L);
        for (String route : new String[] {"/api/auth/otp/request", "/api/auth/otp/verify"}) {
            var otp = api.send("POST", route, null, json("email", "a@example.com", "code", "123456"),
                    Map.of("X-Forwarded-For", flooder));
            assertThat(otp.status()).as(route).isEqualTo(429);
        }

        assertThat(wrongLogin(api, "198.51.100.10").status()).isEqualTo(401);
    }

    @Test
    void twoServersOnOneDatabaseCountAnAddressTogether() {
        // A proxy chain: the address to count is the rightmost one no trusted proxy added.
        String client = "203.0.113.5, 192.0.2.77";
        assertThat(wrongLogin(api, client).status()).isEqualTo(401);
        assertThat(wrongLogin(otherServer, client).status()).isEqualTo(401);
        assertThat(wrongLogin(api, client).status()).isEqualTo(401);

        assertThat(wrongLogin(otherServer, client).status()).isEqualTo(429);
    }

    @Test
    void authenticatedRoutesAreNotCounted() {
        String client = "192.0.2.44";
        for (int i = 0; i < LIMIT + 2; i++) {
            assertThat(api.send("GET", "/api/health", null, null, Map.of("X-Forwarded-For", client)).status())
                    .isNotEqualTo(429);
        }
        assertThat(wrongLogin(api, client).status()).isEqualTo(401);
    }
}
