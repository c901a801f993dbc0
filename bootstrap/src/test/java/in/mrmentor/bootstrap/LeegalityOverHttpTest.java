package in.mrmentor.bootstrap;

import com.github.tomakehurst.wiremock.WireMockServer;
import in.mrmentor.external.pap.LeegalityESign;
import in.mrmentor.persistence.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static in.mrmentor.bootstrap.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * E-signing through Leegality (a WireMock stub) over HTTP: no settings -> 503; the encrypted
 * {@code mas101_leegality_*} system_configs rows stand in for the environment (seed 000's second
 * tier); the callback moves the workflow only with the right mac and a completed document, whose
 * signed PDF is fetched and served.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeegalityOverHttpTest {
    private static final String ADMIN_EMAIL = "root@mrmentor.test";
    private static final String ADMIN_PASSWORD = "bootstrap-admin-pass";
    private static final String SALT = "leegality-private-salt";
    private static final byte[] SIGNED = "%PDF-1.4 signed by Leegality".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    static Path dataDir;

    private WireMockServer leegality;
    private MasServer app;
    private ApiClient api;
    private String admin;

    @BeforeAll
    void start() {
        leegality = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        leegality.start();
        String database = TestPostgres.get().freshDatabaseName();
        app = MasServer.start(SettingsReader.read(Map.ofEntries(
                Map.entry("MAS_DATA_DIR", dataDir.toString()), Map.entry("PORT", "0"), Map.entry("HOST", "127.0.0.1"),
                Map.entry("DATABASE_URL", TestPostgres.get().databaseUrl(database)),
                Map.entry("ADMIN_EMAIL", ADMIN_EMAIL), Map.entry("ADMIN_PASSWORD", ADMIN_PASSWORD),
                Map.entry("AUTH_IP_MAX_PER_MINUTE", "10000"))));
        api = new ApiClient(app.port());
        admin = api.post("/api/auth/login", null, json("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD)).text("accessToken");
    }

    @AfterAll
    void stop() {
        app.close();
        leegality.stop();
    }

    @Test
    void theStoredSettingsSendTheMouAndOnlyAnAuthenticCallbackOfACompletedDocumentSignsIt() {
        String student = api.post("/api/auth/signup", null, json("email", "asha-" + UUID.randomUUID().toString().substring(0, 6)
                + "@example.com", "password", "correct-horse", "name", "Asha Rao")).text("accessToken");
        String batch = api.post("/api/admin/batches", admin, json("code", "MAS101-LEEG", "name", "MAS101", "program", "MAS101",
                "startDate", "2027-01-10", "enrollmentFeePaise", 5_000_000, "capacity", 5, "papAvailable", true)).text("id");
        String application = api.post("/api/programs/applications", student, json("batchId", batch)).text("id");
        api.post("/api/programs/applications/" + application + "/submit", student, null);
        api.post("/api/admin/programs/applications/" + application + "/approve", admin, null);
        String workflow = api.post("/api/pap/workflows", student, json("applicationId", application)).text("id");
        api.send("PUT", "/api/pap/workflows/" + workflow + "/mou-details", student,
                json("legalName", "Asha Rao", "pan", "ABCPR1234K", "address", "12 MG Road"));

        var unconfigured = api.post("/api/pap/workflows/" + workflow + "/esign", student, null);
        assertThat(unconfigured.status()).isEqualTo(503);
        assertThat(unconfigured.code()).isEqualTo("INTEGRATION_NOT_CONFIGURED");

        for (var row : Map.of("mas101_leegality_sandbox_base_url", leegality.baseUrl(),
                "mas101_leegality_sandbox_auth_token", "stored-token", "mas101_leegality_private_salt", SALT,
                "mas101_leegality_sandbox_create_request_template", "{\"profileId\":\"prof-9\"}").entrySet()) {
            assertThat(api.post("/api/admin/system-config", admin, json("key", row.getKey(), "value", row.getValue(),
                    "secret", true)).status()).isIn(200, 201);
        }
        leegality.stubFor(post(urlEqualTo("/api/v3.0/sign/request")).withHeader("X-Auth-Token", equalTo("stored-token"))
                .willReturn(aResponse().withStatus(200).withBody("{\"status\":1,\"data\":{\"documentId\":\"DOC-" + workflow
                        + "\",\"invitees\":[{\"signUrl\":\"https://sandbox.leegality.com/sign/1\"}]}}")));
        leegality.stubFor(get(urlPathEqualTo("/api/v3.1/document/details")).willReturn(aResponse().withStatus(200)
                .withBody("{\"status\":1,\"data\":{\"status\":\"COMPLETED\",\"files\":[{\"file\":\""
                        + Base64.getEncoder().encodeToString(SIGNED) + "\"}]}}")));

        var sent = api.post("/api/pap/workflows/" + workflow + "/esign", student, null);
        assertThat(sent.status()).as(sent.body().toString()).isEqualTo(201);
        assertThat(sent.text("signUrl")).isEqualTo("https://sandbox.leegality.com/sign/1");
        assertThat(sent.body().path("workflow").path("status").asText()).isEqualTo("PENDING_MOU_UPLOAD");

        String documentId = "DOC-" + workflow;
        var forged = api.post("/api/pap/esign/webhook", null, json("documentId", documentId, "documentStatus", "COMPLETED",
                "irn", workflow, "mac", LeegalityESign.macOf(documentId, "guessed-salt")));
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.code()).isEqualTo("INVALID_MAC");
        var missing = api.post("/api/pap/esign/webhook", null, json("documentId", documentId, "documentStatus", "COMPLETED"));
        assertThat(missing.status()).isEqualTo(401);
        assertThat(api.get("/api/admin/pap/workflows/" + workflow, admin).text("status")).isEqualTo("PENDING_MOU_UPLOAD");

        var genuine = api.post("/api/pap/esign/webhook", null, json("documentId", documentId, "documentStatus", "COMPLETED",
                "irn", workflow, "mac", LeegalityESign.macOf(documentId, SALT), "invitations", new Object[0]));
        assertThat(genuine.status()).isEqualTo(200);
        assertThat(genuine.body().path("changed").asBoolean()).isTrue();
        var replay = api.post("/api/pap/esign/webhook", null, json("documentId", documentId, "documentStatus", "COMPLETED",
                "irn", workflow, "mac", LeegalityESign.macOf(documentId, SALT)));
        assertThat(replay.body().path("changed").asBoolean()).isFalse();

        assertThat(api.get("/api/admin/pap/workflows/" + workflow, admin).text("status")).isEqualTo("PENDING_MOU_REVIEW");
        var signed = api.get("/api/pap/workflows/" + workflow + "/documents/signed-mou", student);
        assertThat(signed.status()).isEqualTo(200);
        assertThat(signed.raw().body()).isEqualTo(new String(SIGNED, StandardCharsets.US_ASCII));
    }
}
