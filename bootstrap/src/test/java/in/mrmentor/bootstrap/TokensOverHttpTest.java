package in.mrmentor.bootstrap;

import in.mrmentor.testing.Race;

import in.mrmentor.bootstrap.token.TokenModule;
import com.github.tomakehurst.wiremock.WireMockServer;
import in.mrmentor.persistence.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static in.mrmentor.bootstrap.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/** API.md "Token economy", end to end over HTTP on PostgreSQL, with Razorpay stubbed by WireMock. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TokensOverHttpTest {
    private static final String ADMIN_EMAIL = "root@mrmentor.test";
    private static final String ADMIN_PASSWORD = "bootstrap-admin-pass";
    private static final String KEY_SECRET = "razorpay-key-secret";
    private static final String WEBHOOK_SECRET = "razorpay-webhook-secret";

    @TempDir
    static Path dataDir;

    private WireMockServer razorpay;
    private MasServer app;
    private ApiClient api;
    private String admin;

    @BeforeAll
    void start() {
        razorpay = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        razorpay.start();
        String database = TestPostgres.get().freshDatabaseName();
        app = MasServer.start(SettingsReader.read(Map.ofEntries(
                Map.entry("MAS_DATA_DIR", dataDir.toString()), Map.entry("PORT", "0"), Map.entry("HOST", "127.0.0.1"),
                Map.entry("DATABASE_URL", TestPostgres.get().databaseUrl(database)),
                Map.entry("DB_POOL_SIZE", "12"),
                Map.entry("ADMIN_EMAIL", ADMIN_EMAIL), Map.entry("ADMIN_PASSWORD", ADMIN_PASSWORD),
                Map.entry("STARTER_BUNDLE_MOCK", "2"), Map.entry("STARTER_BUNDLE_RESUME", "1"),
                Map.entry("TOKEN_VALUE", "350"),
                Map.entry("RAZORPAY_KEY_ID", "rzp_test_key"), Map.entry("RAZORPAY_KEY_SECRET", KEY_SECRET),
                Map.entry("RAZORPAY_WEBHOOK_SECRET", WEBHOOK_SECRET),
                Map.entry("RAZORPAY_API_URL", razorpay.baseUrl()),
                // Every test signs up from 127.0.0.1; the per-address limit has its own test.
                Map.entry("AUTH_IP_MAX_PER_MINUTE", "10000"))));
        api = new ApiClient(app.port());
        admin = api.post("/api/auth/login", null, json("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD))
                .text("accessToken");
    }

    @AfterAll
    void stop() {
        app.close();
        razorpay.stop();
    }

    private record Student(UUID id, String token) {
    }

    private Student signUp() {
        String email = "student-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var session = api.post("/api/auth/signup", null, json("email", email, "password", "correct-horse", "name", "Asha Rao"));
        assertThat(session.status()).isEqualTo(201);
        return new Student(UUID.fromString(session.body().path("user").path("id").asText()), session.text("accessToken"));
    }

    private ApiClient.Response wallet(Student student) {
        return api.get("/api/tokens/wallet", student.token());
    }

    private ApiClient.Response grant(Student student, String account, long amount, String key) {
        return api.send("POST", "/api/admin/tokens/grants", admin,
                json("userId", student.id().toString(), "account", account, "amount", amount, "reason", "scholarship"),
                key == null ? Map.of() : Map.of("Idempotency-Key", key));
    }

    @Test
    void signUpOpensTheWalletWithTheStarterBundle() {
        var student = signUp();

        var wallet = wallet(student);

        assertThat(wallet.status()).isEqualTo(200);
        assertThat(wallet.body().path("token").asLong()).isZero();
        assertThat(wallet.body().path("promotionalToken").asLong()).isEqualTo(2);
        assertThat(wallet.body().path("resumeToken").asLong()).isEqualTo(1);
    }

    @Test
    void aGrantCreditsAndShowsInTheLedgerNewestFirst() {
        var student = signUp();

        var granted = grant(student, "token", 5, null);

        assertThat(granted.status()).isEqualTo(201);
        assertThat(granted.body().path("balanceAfter").asLong()).isEqualTo(5);
        var ledger = api.get("/api/tokens/ledger?limit=2", student.token());
        assertThat(ledger.status()).isEqualTo(200);
        var first = ledger.body().path("items").get(0);
        assertThat(first.path("account").asText()).isEqualTo("token");
        assertThat(first.path("delta").asLong()).isEqualTo(5);
        assertThat(first.path("balanceAfter").asLong()).isEqualTo(5);
        assertThat(first.path("kind").asText()).isEqualTo("GRANT");
        assertThat(ledger.body().path("items")).hasSize(2);
        assertThat(ledger.text("nextCursor")).isNotBlank();
        var rest = api.get("/api/tokens/ledger?cursor=" + ledger.text("nextCursor"), student.token());
        assertThat(rest.body().path("items")).hasSize(1);
        assertThat(rest.body().path("nextCursor").isNull()).isTrue();
    }

    @Test
    void aCorrectionBelowZeroIsAConflictAndChangesNothing() {
        var student = signUp();
        grant(student, "token", 2, null);

        var correction = grant(student, "token", -3, null);

        assertThat(correction.status()).isEqualTo(409);
        assertThat(correction.code()).isEqualTo("INSUFFICIENT_TOKENS");
        assertThat(grant(student, "token", -2, null).body().path("balanceAfter").asLong()).isZero();
        assertThat(wallet(student).body().path("token").asLong()).isZero();
    }

    @Test
    void onlyAdminsGrant() {
        var student = signUp();
        var response = api.post("/api/admin/tokens/grants", student.token(),
                json("userId", student.id().toString(), "account", "token", "amount", 5, "reason", "me"));
        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void aRetriedGrantWithTheSameKeyIsReplayedAndCreditsOnce() {
        var student = signUp();
        String key = UUID.randomUUID().toString();

        var first = grant(student, "token", 3, key);
        var retry = grant(student, "token", 3, key);

        assertThat(retry.status()).isEqualTo(first.status()).isEqualTo(201);
        assertThat(retry.raw().body()).isEqualTo(first.raw().body());
        assertThat(retry.raw().headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(wallet(student).body().path("token").asLong()).isEqualTo(3);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        var student = signUp();
        String key = UUID.randomUUID().toString();
        grant(student, "token", 3, key);

        var reused = grant(student, "token", 4, key);

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(wallet(student).body().path("token").asLong()).isEqualTo(3);
    }

    @Test
    void aRetryThatOnlyReordersAndReformatsItsJsonIsTheSameRequest() {
        var student = signUp();
        String key = UUID.randomUUID().toString();
        grant(student, "token", 3, key);

        var retry = api.send("POST", "/api/admin/tokens/grants", admin, "{ \"reason\" : \"scholarship\",\n \"amount\": 3, "
                + "\"account\": \"token\", \"userId\": \"" + student.id() + "\" }", Map.of("Idempotency-Key", key));

        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.raw().headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(wallet(student).body().path("token").asLong()).isEqualTo(3);
    }

    @Test
    void theSameKeyOnAnotherPathIsRefusedAndRunsNothing() {
        var student = signUp();
        String key = UUID.randomUUID().toString();
        grant(student, "token", 3, key);

        var review = api.send("POST", "/api/tokens/resume-reviews", admin, "{}", Map.of("Idempotency-Key", key));

        assertThat(review.status()).isEqualTo(422);
        assertThat(review.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    void concurrentDuplicatesRunOnceAndAllGetTheSameAnswer() throws Exception {
        var student = signUp();
        String key = UUID.randomUUID().toString();

        var responses = Race.of(8, () -> grant(student, "token", 7, key));

        assertThat(responses).extracting(ApiClient.Response::status).containsOnly(201);
        assertThat(responses).extracting(r -> r.raw().body()).containsOnly(responses.get(0).raw().body());
        assertThat(wallet(student).body().path("token").asLong()).isEqualTo(7);
    }

    @Test
    void aRequestIsApprovedOnceAndCreditsOnce() {
        var student = signUp();
        var request = api.post("/api/tokens/requests", student.token(), json("amount", 4, "reason", "batch practice"));
        assertThat(request.status()).isEqualTo(201);
        assertThat(request.text("status")).isEqualTo("PENDING");
        String path = "/api/admin/tokens/requests/" + request.text("id");

        assertThat(api.get("/api/admin/tokens/requests?status=PENDING", admin).body().path("items")
                .findValuesAsText("id")).contains(request.text("id"));
        var approved = api.post(path + "/approve", admin, json("note", "ok"));
        var again = api.post(path + "/approve", admin, "{}");
        var rejected = api.post(path + "/reject", admin, null);

        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.text("status")).isEqualTo("APPROVED");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("ALREADY_DECIDED");
        assertThat(rejected.code()).isEqualTo("ALREADY_DECIDED");
        assertThat(wallet(student).body().path("token").asLong()).isEqualTo(4);
    }

    @Test
    void aResumeReviewSpendsTheResumeTokenThenAsksForPayment() {
        var student = signUp();

        var review = api.post("/api/tokens/resume-reviews", student.token(), json("resumeUrl", "https://cv.example/a.pdf"));
        var broke = api.post("/api/tokens/resume-reviews", student.token(), "{}");

        assertThat(review.status()).isEqualTo(201);
        assertThat(review.text("status")).isEqualTo("REQUESTED");
        assertThat(broke.status()).isEqualTo(402);
        assertThat(broke.code()).isEqualTo("INSUFFICIENT_TOKENS");
        assertThat(wallet(student).body().path("resumeToken").asLong()).isZero();
    }

    @Test
    void twentyConcurrentResumeReviewsOnFourTokensSucceedExactlyFourTimes() throws Exception {
        var student = signUp();
        grant(student, "resumeToken", 3, null);
        assertThat(wallet(student).body().path("resumeToken").asLong()).isEqualTo(4);

        var responses = Race.of(20, () -> api.post("/api/tokens/resume-reviews", student.token(), "{}"));

        assertThat(responses).filteredOn(r -> r.status() == 201).hasSize(4);
        assertThat(responses).filteredOn(r -> r.status() == 402).hasSize(16);
        assertThat(wallet(student).body().path("resumeToken").asLong()).isZero();
    }

    @Test
    void aPurchaseIsCreditedOnceWhetherVerificationOrWebhookComesFirst() {
        var student = signUp();
        String orderId = "order_" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
        razorpay.stubFor(post(urlEqualTo("/v1/orders")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"" + orderId + "\",\"entity\":\"order\",\"amount\":70000,\"amount_paid\":0,"
                        + "\"amount_due\":70000,\"currency\":\"INR\",\"receipt\":\"r\",\"status\":\"created\","
                        + "\"attempts\":0,\"notes\":[],\"created_at\":1642662092}")));

        var checkout = api.post("/api/tokens/purchases", student.token(), json("quantity", 2));
        assertThat(checkout.status()).isEqualTo(201);
        assertThat(checkout.text("orderId")).isEqualTo(orderId);
        assertThat(checkout.body().path("amountPaise").asLong()).isEqualTo(70_000);
        assertThat(checkout.text("currency")).isEqualTo("INR");
        assertThat(checkout.text("keyId")).isEqualTo("rzp_test_key");
        String purchase = checkout.text("purchaseId");

        String event = "{\"entity\":\"event\",\"event\":\"payment.captured\",\"payload\":{\"payment\":{\"entity\":"
                + "{\"id\":\"pay_1\",\"entity\":\"payment\",\"amount\":70000,\"currency\":\"INR\",\"status\":\"captured\","
                + "\"order_id\":\"" + orderId + "\"}}},\"created_at\":1567674606}";
        var badWebhook = webhook(event, hmac("wrong", event));
        var webhook = webhook(event, hmac(WEBHOOK_SECRET, event));
        var replayedWebhook = webhook(event, hmac(WEBHOOK_SECRET, event));
        var badVerify = api.post("/api/tokens/purchases/" + purchase + "/verify", student.token(), json(
                "razorpayOrderId", orderId, "razorpayPaymentId", "pay_1", "razorpaySignature", hmac("wrong", orderId + "|pay_1")));
        var verify = api.post("/api/tokens/purchases/" + purchase + "/verify", student.token(), json(
                "razorpayOrderId", orderId, "razorpayPaymentId", "pay_1", "razorpaySignature", hmac(KEY_SECRET, orderId + "|pay_1")));

        assertThat(badWebhook.status()).isEqualTo(400);
        assertThat(badWebhook.code()).isEqualTo("INVALID_SIGNATURE");
        assertThat(webhook.status()).isEqualTo(200);
        assertThat(replayedWebhook.status()).isEqualTo(200);
        assertThat(badVerify.status()).isEqualTo(400);
        assertThat(badVerify.code()).isEqualTo("INVALID_SIGNATURE");
        assertThat(verify.status()).isEqualTo(200);
        assertThat(verify.text("status")).isEqualTo("COMPLETED");
        assertThat(wallet(student).body().path("token").asLong()).isEqualTo(2);
    }

    @Test
    void theLedgerStaysBalancedAfterEverythingAbove() {
        var student = signUp();
        grant(student, "promotionalToken", 3, null);

        assertThat(app.module(TokenModule.class).auditLedger.audit().healthy()).isTrue();
    }

    private ApiClient.Response webhook(String body, String signature) {
        return api.send("POST", "/api/payments/razorpay/webhook", null, body, Map.of("X-Razorpay-Signature", signature));
    }

    private static String hmac(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
