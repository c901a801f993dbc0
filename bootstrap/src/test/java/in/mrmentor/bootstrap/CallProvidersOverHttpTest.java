package in.mrmentor.bootstrap;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import in.mrmentor.persistence.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static in.mrmentor.bootstrap.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed's two remaining system-config routes end to end: the public list of enabled call providers,
 * and the refresh pushed to a WireMock stub of the Mr. Hire backend by a retried background job.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CallProvidersOverHttpTest {
    private static final String REFRESH_PATH = "/api/internal/call-providers/refresh";
    private static final String SERVICE_TOKEN = "internal-service-token-for-tests";
    private static final String ADMIN_EMAIL = "root@mrmentor.test";
    private static final String ADMIN_PASSWORD = "bootstrap-admin-pass";

    @TempDir
    static Path dataDir;
    @TempDir
    static Path otherDataDir;

    private WireMockServer mrHire;
    private MasServer app;
    private ApiClient api;

    private static Map<String, String> env(Path dir) {
        return new HashMap<>(Map.of("MAS_DATA_DIR", dir.toString(), "PORT", "0", "HOST", "127.0.0.1",
                "DATABASE_URL", TestPostgres.get().databaseUrl(TestPostgres.get().freshDatabaseName()),
                "ADMIN_EMAIL", ADMIN_EMAIL, "ADMIN_PASSWORD", ADMIN_PASSWORD, "AUTH_IP_MAX_PER_MINUTE", "10000"));
    }

    @BeforeAll
    void start() {
        mrHire = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        mrHire.start();
        var env = env(dataDir);
        env.put("MR_HIRE_BACKEND_URL", mrHire.baseUrl());
        env.put("INTERNAL_SERVICE_TOKEN", SERVICE_TOKEN);
        app = MasServer.start(SettingsReader.read(env));
        api = new ApiClient(app.port());
        String admin = adminToken(api);
        for (var row : Map.of("call_provider_aarya_enabled", "true", "call_provider_vapi_enabled", "true",
                "call_provider_exotel_enabled", "false").entrySet()) {
            assertThat(api.post("/api/admin/system-config", admin, json("key", row.getKey(), "value", row.getValue()))
                    .status()).isEqualTo(200);
        }
        assertThat(api.post("/api/admin/system-config", admin, json("key", "call_provider_bland_enabled", "value", "true",
                "isActive", false)).status()).isEqualTo(200);
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
        mrHire.stop();
    }

    @BeforeEach
    void resetStub() {
        mrHire.resetAll();
    }

    private static String adminToken(ApiClient client) {
        return client.post("/api/auth/login", null, json("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD)).text("accessToken");
    }

    private static void eventually(BooleanSupplier condition, Duration patience, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(100);
        }
    }

    private int refreshesReceived() {
        return mrHire.findAll(postRequestedFor(urlEqualTo(REFRESH_PATH))).size();
    }

    @Test
    void anyoneReadsTheActiveProvidersSetToTrue() {
        var response = api.get("/api/system-config/enabled-call-providers", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().path("providers").toString()).isEqualTo("[\"aarya\",\"vapi\"]");
    }

    @Test
    void aRefreshIsAcceptedAsAJobThatPostsTheProvidersWithTheServiceToken() throws Exception {
        mrHire.stubFor(post(urlEqualTo(REFRESH_PATH)).willReturn(aResponse().withStatus(200)));

        var accepted = api.post("/api/admin/system-config/refresh-mr-hire", adminToken(api), null);

        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.text("jobId")).matches("[0-9a-f-]{36}");
        eventually(() -> refreshesReceived() == 1, Duration.ofSeconds(20), "Mr. Hire received the refresh");
        mrHire.verify(postRequestedFor(urlEqualTo(REFRESH_PATH))
                .withHeader("X-Internal-Service-Token", equalTo(SERVICE_TOKEN))
                .withRequestBody(equalToJson("{\"providers\":[\"aarya\",\"vapi\"]}")));
    }

    @Test
    void aMrHireThatFailsOnceIsCalledAgainUntilItTakesTheRefresh() throws Exception {
        mrHire.stubFor(post(urlEqualTo(REFRESH_PATH)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500)).willSetStateTo("recovered"));
        mrHire.stubFor(post(urlEqualTo(REFRESH_PATH)).inScenario("flaky").whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(200)).willSetStateTo("done"));

        assertThat(api.post("/api/admin/system-config/refresh-mr-hire", adminToken(api), null).status()).isEqualTo(202);

        // The queue's first retry waits about 10 s.
        eventually(() -> refreshesReceived() == 2, Duration.ofSeconds(45), "the job retried after the 500");
        Thread.sleep(1_500);
        assertThat(refreshesReceived()).as("no call after Mr. Hire took it").isEqualTo(2);
    }

    @Test
    void aStudentMayNotAskForARefresh() {
        String student = api.post("/api/auth/signup", null, json("email", "student-call@example.com",
                "password", "correct-horse", "name", "Asha")).text("accessToken");

        assertThat(api.post("/api/admin/system-config/refresh-mr-hire", student, null).status()).isEqualTo(403);
    }

    @Test
    void withoutMrHireConfiguredTheRefreshIs503() {
        try (MasServer bare = MasServer.start(SettingsReader.read(env(otherDataDir)))) {
            var client = new ApiClient(bare.port());

            var response = client.post("/api/admin/system-config/refresh-mr-hire", adminToken(client), null);

            assertThat(response.status()).isEqualTo(503);
            assertThat(response.code()).isEqualTo("INTEGRATION_NOT_CONFIGURED");
        }
    }
}
