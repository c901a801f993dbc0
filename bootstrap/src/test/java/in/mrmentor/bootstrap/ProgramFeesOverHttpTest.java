package in.mrmentor.bootstrap;

import in.mrmentor.testing.Race;

import com.fasterxml.jackson.databind.JsonNode;
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
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static in.mrmentor.bootstrap.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fees through Razorpay (a WireMock stub) over HTTP: the application fee less an approved discount,
 * verified once into PAID with its invoice, and the upfront fee of a PAP workflow enrolling both.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgramFeesOverHttpTest {
    private static final String ADMIN_EMAIL = "root@mrmentor.test";
    private static final String ADMIN_PASSWORD = "bootstrap-admin-pass";
    private static final String KEY_SECRET = "razorpay-key-secret";

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
                Map.entry("ADMIN_EMAIL", ADMIN_EMAIL), Map.entry("ADMIN_PASSWORD", ADMIN_PASSWORD),
                Map.entry("RAZORPAY_KEY_ID", "rzp_test_key"), Map.entry("RAZORPAY_KEY_SECRET", KEY_SECRET),
                Map.entry("RAZORPAY_WEBHOOK_SECRET", "webhook-secret"), Map.entry("RAZORPAY_API_URL", razorpay.baseUrl()),
                Map.entry("MAS101_PAP_DEMO_AUTOVERIFY", "true"),
                Map.entry("AUTH_IP_MAX_PER_MINUTE", "10000"))));
        api = new ApiClient(app.port());
        admin = api.post("/api/auth/login", null, json("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD)).text("accessToken");
    }

    @AfterAll
    void stop() {
        app.close();
        razorpay.stop();
    }

    private String order(long amount) {
        String orderId = "order_" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
        razorpay.stubFor(post(urlEqualTo("/v1/orders")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"" + orderId + "\",\"entity\":\"order\",\"amount\":" + amount + ",\"currency\":\"INR\","
                        + "\"status\":\"created\"}")));
        return orderId;
    }

    private String[] approvedApplication(String batchCode, boolean pap) {
        String batch = api.post("/api/admin/batches", admin, json("code", batchCode, "name", "Batch", "program", "MAS102",
                "startDate", "2027-01-10", "enrollmentFeePaise", 5_000_000, "capacity", 5, "papAvailable", pap)).text("id");
        return approvedApplicationTo(batch);
    }

    /** A new student's APPROVED application to the batch: {student token, application id}. */
    private String[] approvedApplicationTo(String batch) {
        String student = api.post("/api/auth/signup", null, json("email", "s-" + UUID.randomUUID().toString().substring(0, 8)
                + "@example.com", "password", "correct-horse", "name", "Asha Rao")).text("accessToken");
        String application = api.post("/api/programs/applications", student, json("batchId", batch, "billing",
                Map.of("name", "Asha Rao", "address", "12 MG Road", "stateCode", "29"))).text("id");
        api.post("/api/programs/applications/" + application + "/submit", student, null);
        api.post("/api/admin/programs/applications/" + application + "/approve", admin, null);
        return new String[]{student, application};
    }

    @Test
    void theApplicationFeeLessTheDiscountIsPaidOnceAndInvoiced() {
        var pair = approvedApplication("MAS102-FEE", false);
        String student = pair[0];
        String application = pair[1];
        String discount = api.post("/api/finance/discount-requests", admin,
                json("applicationId", application, "amountPaise", 500_000, "reason", "early bird")).text("id");
        api.post("/api/finance/discount-requests/" + discount + "/approve", admin, null);
        String orderId = order(4_500_000);

        var checkout = api.post("/api/programs/applications/" + application + "/payments", student, null);
        assertThat(checkout.status()).as(checkout.body().toString()).isEqualTo(201);
        assertThat(checkout.body().path("amountPaise").asLong()).isEqualTo(4_500_000);
        assertThat(checkout.text("keyId")).isEqualTo("rzp_test_key");

        var forged = api.post("/api/programs/applications/" + application + "/payments/verify", student, json(
                "razorpayOrderId", orderId, "razorpayPaymentId", "pay_1", "razorpaySignature", hmac("wrong", orderId + "|pay_1")));
        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.code()).isEqualTo("INVALID_SIGNATURE");
        String body = json("razorpayOrderId", orderId, "razorpayPaymentId", "pay_1",
                "razorpaySignature", hmac(KEY_SECRET, orderId + "|pay_1"));
        var paid = api.post("/api/programs/applications/" + application + "/payments/verify", student, body);
        var again = api.post("/api/programs/applications/" + application + "/payments/verify", student, body);

        assertThat(paid.status()).as(paid.body().toString()).isEqualTo(200);
        assertThat(paid.text("status")).isEqualTo("PAID");
        assertThat(paid.text("invoiceNumber")).matches("MAS102/\\d{4}/\\d{4}");
        assertThat(again.text("invoiceNumber")).isEqualTo(paid.text("invoiceNumber"));
        var history = api.get("/api/admin/programs/applications/" + application, admin).body().path("history");
        assertThat(history).extracting(step -> step.path("to").asText())
                .containsExactly("DRAFT", "SUBMITTED", "APPROVED", "PAYMENT_RECEIVED", "PAID");
        assertThat(api.post("/api/programs/applications/" + application + "/payments", student, null).code())
                .isEqualTo("INVALID_TRANSITION");
    }

    @Test
    void theUpfrontFeeOfAPapWorkflowEnrollsTheWorkflowAndTheApplication() {
        var pair = approvedApplication("MAS102-UP", true);
        String student = pair[0];
        String workflow = api.post("/api/pap/workflows", student, json("applicationId", pair[1])).text("id");
        api.send("PUT", "/api/pap/workflows/" + workflow + "/mou-details", student,
                json("legalName", "Asha Rao", "pan", "ABCPR1234K", "address", "12 MG Road"));
        api.post("/api/pap/workflows/" + workflow + "/esign", student, null);
        api.post("/api/admin/pap/workflows/" + workflow + "/approve-mou", admin, null);
        api.post("/api/pap/workflows/" + workflow + "/payment-option", student, json("option", "UPFRONT"));
        String orderId = order(5_000_000);

        var checkout = api.post("/api/pap/workflows/" + workflow + "/payments", student, null);
        assertThat(checkout.status()).as(checkout.body().toString()).isEqualTo(201);
        var paid = api.post("/api/pap/workflows/" + workflow + "/payments/verify", student, json("razorpayOrderId", orderId,
                "razorpayPaymentId", "pay_up", "razorpaySignature", hmac(KEY_SECRET, orderId + "|pay_up")));

        assertThat(paid.status()).as(paid.body().toString()).isEqualTo(200);
        assertThat(paid.text("status")).isEqualTo("ENROLLED");
        var application = api.get("/api/programs/applications/mine", student).body().path("items").get(0);
        assertThat(application.path("status").asText()).isEqualTo("ENROLLED");
        assertThat(application.path("invoiceNumber").asText()).startsWith("MAS102/");
    }

    @Test
    void thePapFeeArrivesByTheRazorpayWebhookAndClosesTheWorkflowOnce() throws Exception {
        var pair = approvedApplication("MAS102-PAPFEE", true);
        String student = pair[0];
        String workflow = api.post("/api/pap/workflows", student, json("applicationId", pair[1])).text("id");
        api.send("PUT", "/api/pap/workflows/" + workflow + "/mou-details", student,
                json("legalName", "Asha Rao", "pan", "ABCPR1234K", "address", "12 MG Road"));
        api.post("/api/pap/workflows/" + workflow + "/esign", student, null);
        api.post("/api/admin/pap/workflows/" + workflow + "/approve-mou", admin, null);
        api.post("/api/pap/workflows/" + workflow + "/payment-option", student, json("option", "PAP"));
        api.post("/api/admin/pap/workflows/" + workflow + "/approve-pap", admin, null);
        String boundary = "b-" + UUID.randomUUID();
        String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"company\"\r\n\r\nAcme\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"role\"\r\n\r\nAnalyst\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"annualCtcPaise\"\r\n\r\n500000000\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"joiningDate\"\r\n\r\n2027-07-01\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"offerLetter\"; filename=\"o.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4 offer\r\n--" + boundary + "--\r\n";
        var placed = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + app.port() + "/api/pap/workflows/" + workflow + "/placement"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(multipart)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(200);
        var verified = api.post("/api/admin/pap/workflows/" + workflow + "/verify-placement", admin, null);
        assertThat(verified.body().path("papFeePaise").asLong()).as("15 % of ₹50 lakh, capped at ₹5 lakh").isEqualTo(50_000_000L);
        String orderId = order(50_000_000L);
        var checkout = api.post("/api/pap/workflows/" + workflow + "/payments", student, null);
        assertThat(checkout.status()).as(checkout.body().toString()).isEqualTo(201);
        assertThat(checkout.body().path("amountPaise").asLong()).isEqualTo(50_000_000L);

        String event = "{\"entity\":\"event\",\"event\":\"payment.captured\",\"payload\":{\"payment\":{\"entity\":"
                + "{\"id\":\"pay_pap\",\"entity\":\"payment\",\"amount\":50000000,\"currency\":\"INR\","
                + "\"status\":\"captured\",\"order_id\":\"" + orderId + "\"}}},\"created_at\":1567674606}";
        var first = api.send("POST", "/api/payments/razorpay/webhook", null, event,
                Map.of("X-Razorpay-Signature", hmac("webhook-secret", event)));
        var replay = api.send("POST", "/api/payments/razorpay/webhook", null, event,
                Map.of("X-Razorpay-Signature", hmac("webhook-secret", event)));

        assertThat(first.status()).as(first.body().toString()).isEqualTo(200);
        assertThat(replay.status()).isEqualTo(200);
        var closed = api.get("/api/admin/pap/workflows/" + workflow, admin);
        assertThat(closed.text("status")).isEqualTo("CLOSED");
        assertThat(closed.text("feePaymentId")).isNotBlank();
        assertThat(closed.body().path("history")).extracting(step -> step.path("to").asText())
                .endsWith("PAYMENT_COLLECTION_PENDING", "CLOSED");
    }

    /** A PAP workflow of the application walked to the payment option; answers its id. */
    private String workflowChoosing(String student, String application, String option) {
        String workflow = api.post("/api/pap/workflows", student, json("applicationId", application)).text("id");
        api.send("PUT", "/api/pap/workflows/" + workflow + "/mou-details", student,
                json("legalName", "Asha Rao", "pan", "ABCPR1234K", "address", "12 MG Road"));
        api.post("/api/pap/workflows/" + workflow + "/esign", student, null);
        api.post("/api/admin/pap/workflows/" + workflow + "/approve-mou", admin, null);
        var chosen = api.post("/api/pap/workflows/" + workflow + "/payment-option", student, json("option", option));
        assertThat(chosen.status()).as(chosen.body().toString()).isEqualTo(200);
        return workflow;
    }

    private ApiClient.Response captured(String orderId, String paymentId) {
        String event = "{\"entity\":\"event\",\"event\":\"payment.captured\",\"payload\":{\"payment\":{\"entity\":"
                + "{\"id\":\"" + paymentId + "\",\"entity\":\"payment\",\"amount\":5000000,\"currency\":\"INR\","
                + "\"status\":\"captured\",\"order_id\":\"" + orderId + "\"}}},\"created_at\":1567674606}";
        return api.send("POST", "/api/payments/razorpay/webhook", null, event,
                Map.of("X-Razorpay-Signature", hmac("webhook-secret", event)));
    }

    @Test
    void anUpfrontFeeCapturedAfterTheLastSeatWentIsRecordedAndInvoicedAndAnAdminSeatsTheStudentLater() {
        String batch = api.post("/api/admin/batches", admin, json("code", "MAS102-ONESEAT", "name", "Batch", "program", "MAS102",
                "startDate", "2027-01-10", "enrollmentFeePaise", 5_000_000, "capacity", 1, "papAvailable", true)).text("id");
        var pair = approvedApplicationTo(batch);
        String student = pair[0];
        String workflow = workflowChoosing(student, pair[1], "UPFRONT");
        String orderId = order(5_000_000);
        var checkout = api.post("/api/pap/workflows/" + workflow + "/payments", student, null);
        assertThat(checkout.status()).as(checkout.body().toString()).isEqualTo(201);

        var other = approvedApplicationTo(batch);
        String otherWorkflow = workflowChoosing(other[0], other[1], "PAP");
        var seatTaken = api.post("/api/admin/pap/workflows/" + otherWorkflow + "/approve-pap", admin, null);
        assertThat(seatTaken.text("status")).isEqualTo("ENROLLED");

        var webhook = captured(orderId, "pay_late");
        var verified = api.post("/api/pap/workflows/" + workflow + "/payments/verify", student, json("razorpayOrderId", orderId,
                "razorpayPaymentId", "pay_late", "razorpaySignature", hmac(KEY_SECRET, orderId + "|pay_late")));
        var anotherPayment = captured(orderId, "pay_twice");

        assertThat(webhook.status()).as(webhook.body().toString()).isEqualTo(200);
        assertThat(verified.status()).as(verified.body().toString()).isEqualTo(200);
        assertThat(verified.text("status")).isEqualTo("PENDING_UPFRONT_PAYMENT");
        assertThat(anotherPayment.status()).isEqualTo(200);
        var waiting = api.get("/api/admin/pap/workflows/" + workflow, admin);
        assertThat(waiting.text("status")).isEqualTo("PENDING_UPFRONT_PAYMENT");
        String feePayment = waiting.text("feePaymentId");
        assertThat(feePayment).isNotBlank();
        var last = waiting.body().path("history").get(waiting.body().path("history").size() - 1);
        assertThat(last.path("from").asText()).isEqualTo("PENDING_UPFRONT_PAYMENT");
        assertThat(last.path("to").asText()).isEqualTo("PENDING_UPFRONT_PAYMENT");
        assertThat(last.path("note").asText()).isEqualTo("paid; batch full, waiting for a seat");
        assertThat(last.path("actor").asText()).isEqualTo("00000000-0000-0000-0000-000000000003");
        var receipts = api.get("/api/finance/payments?limit=100", admin).body().path("items");
        assertThat(receipts).filteredOn(r -> workflow.equals(r.path("reference").asText()))
                .filteredOn(r -> r.path("refundReason").isNull())
                .singleElement().satisfies(r -> {
                    assertThat(r.path("id").asText()).isEqualTo(feePayment);
                    assertThat(r.path("gatewayPaymentId").asText()).isEqualTo("pay_late");
                    assertThat(r.path("purpose").asText()).isEqualTo("PAP_FEE");
                    assertThat(r.path("status").asText()).isEqualTo("CAPTURED");
                });
        assertThat(receipts).filteredOn(r -> "pay_twice".equals(r.path("gatewayPaymentId").asText()))
                .singleElement().satisfies(r -> {
                    assertThat(r.path("reference").asText()).isEqualTo(workflow);
                    assertThat(r.path("status").asText()).isEqualTo("CAPTURED");
                    assertThat(r.path("refundReason").asText()).isEqualTo("the upfront fee of workflow " + workflow
                            + " was paid by receipt " + feePayment);
                });
        var application = api.get("/api/programs/applications/mine", student).body().path("items").get(0);
        assertThat(application.path("status").asText()).isEqualTo("PAID");
        String invoiceNumber = application.path("invoiceNumber").asText();
        assertThat(invoiceNumber).startsWith("MAS102/");
        var invoices = api.get("/api/finance/invoices?q=" + invoiceNumber, admin).body().path("items");
        assertThat(invoices).singleElement().satisfies(i -> assertThat(i.path("paymentId").asText()).isEqualTo(feePayment));
        assertThat(api.get("/api/finance/invoices?series=MAS102&limit=100", admin).body().path("items"))
                .filteredOn(i -> feePayment.equals(i.path("paymentId").asText())).hasSize(1);

        var third = approvedApplicationTo(batch);
        String thirdWorkflow = workflowChoosing(third[0], third[1], "UPFRONT");
        var refused = api.post("/api/pap/workflows/" + thirdWorkflow + "/payments", third[0], null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("BATCH_FULL");
        assertThat(api.post("/api/pap/workflows/" + workflow + "/payments", student, null).code()).isEqualTo("INVALID_TRANSITION");

        var stillFull = api.post("/api/admin/pap/workflows/" + workflow + "/enroll", admin, null);
        assertThat(stillFull.status()).isEqualTo(409);
        assertThat(stillFull.code()).isEqualTo("BATCH_FULL");
        assertThat(api.post("/api/admin/pap/workflows/" + workflow + "/enroll", student, null).status()).isEqualTo(403);
        assertThat(api.post("/api/admin/programs/applications/" + other[1] + "/deboard", admin, json("reason", "left"))
                .text("status")).isEqualTo("DEBOARDED");
        var enrolled = api.post("/api/admin/pap/workflows/" + workflow + "/enroll", admin, json("batchId", batch));

        assertThat(enrolled.status()).as(enrolled.body().toString()).isEqualTo(200);
        assertThat(enrolled.text("status")).isEqualTo("ENROLLED");
        assertThat(api.get("/api/programs/applications/mine", student).body().path("items").get(0).path("status").asText())
                .isEqualTo("ENROLLED");
        assertThat(api.post("/api/admin/pap/workflows/" + workflow + "/enroll", admin, null).code())
                .isEqualTo("INVALID_TRANSITION");
    }

    @Test
    void theProgramRoutesLeaveAStudentWaitingForASeatToThePapRouteWhichSeatsThemInAnotherBatch() {
        String batch = api.post("/api/admin/batches", admin, json("code", "MAS102-WAIT", "name", "Batch", "program", "MAS102",
                "startDate", "2027-01-10", "enrollmentFeePaise", 5_000_000, "capacity", 1, "papAvailable", true)).text("id");
        String spare = api.post("/api/admin/batches", admin, json("code", "MAS102-SPARE", "name", "Batch", "program", "MAS102",
                "startDate", "2027-02-10", "enrollmentFeePaise", 5_000_000, "capacity", 5, "papAvailable", true)).text("id");
        var pair = approvedApplicationTo(batch);
        String student = pair[0];
        String application = pair[1];
        String workflow = workflowChoosing(student, application, "UPFRONT");
        String orderId = order(5_000_000);
        assertThat(api.post("/api/pap/workflows/" + workflow + "/payments", student, null).status()).isEqualTo(201);
        var other = approvedApplicationTo(batch);
        api.post("/api/admin/pap/workflows/" + workflowChoosing(other[0], other[1], "PAP") + "/approve-pap", admin, null);
        assertThat(captured(orderId, "pay_wait").status()).isEqualTo(200);

        var allocate = api.post("/api/admin/programs/applications/" + application + "/allocate", admin, json("batchId", spare));
        var enroll = api.post("/api/admin/programs/applications/" + application + "/enroll", admin, null);

        assertThat(allocate.status()).as(allocate.body().toString()).isEqualTo(409);
        assertThat(allocate.raw().headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(allocate.code()).isEqualTo("SEATED_THROUGH_PAP");
        assertThat(allocate.text("workflowId")).isEqualTo(workflow);
        assertThat(allocate.text("detail")).contains("POST /api/admin/pap/workflows/" + workflow + "/enroll");
        assertThat(enroll.status()).isEqualTo(409);
        assertThat(enroll.code()).isEqualTo("SEATED_THROUGH_PAP");
        var unchanged = api.get("/api/admin/programs/applications/" + application, admin);
        assertThat(unchanged.text("status")).isEqualTo("PAID");
        assertThat(unchanged.text("batchId")).isEqualTo(batch);
        assertThat(api.get("/api/admin/pap/workflows/" + workflow, admin).text("status")).isEqualTo("PENDING_UPFRONT_PAYMENT");

        var seated = api.post("/api/admin/pap/workflows/" + workflow + "/enroll", admin, json("batchId", spare));

        assertThat(seated.status()).as(seated.body().toString()).isEqualTo(200);
        assertThat(seated.text("status")).isEqualTo("ENROLLED");
        assertThat(seated.text("batchId")).isEqualTo(spare);
        var shown = api.get("/api/admin/pap/workflows/" + workflow, admin);
        assertThat(shown.text("batchId")).isEqualTo(spare);
        var last = shown.body().path("history").get(shown.body().path("history").size() - 1);
        assertThat(last.path("to").asText()).isEqualTo("ENROLLED");
        assertThat(last.path("note").asText()).isEqualTo("seated in batch MAS102-SPARE instead of MAS102-WAIT");
        assertThat(last.path("actor").asText()).isEqualTo(api.get("/api/auth/me", admin).text("id"));
        assertThat(last.path("at").asText()).isNotBlank();
        var enrolled = api.get("/api/admin/programs/applications/" + application, admin);
        assertThat(enrolled.text("status")).isEqualTo("ENROLLED");
        assertThat(enrolled.text("batchId")).isEqualTo(spare);
    }

    /** Every receipt recorded for {@code reference} (an application or workflow id). */
    private List<JsonNode> receiptsOf(String reference) {
        List<JsonNode> found = new ArrayList<>();
        api.get("/api/finance/payments?limit=100", admin).body().path("items").forEach(r -> {
            if (reference.equals(r.path("reference").asText())) {
                found.add(r);
            }
        });
        return found;
    }

    /** Two payments of one fee, each delivered twice, all four deliveries released at once. */
    private void racingDeliveries(String orderId, String first, String second) throws Exception {
        List<String> deliveries = List.of(first, second, first, second);
        AtomicInteger next = new AtomicInteger();
        var answers = Race.of(deliveries.size(), () -> captured(orderId, deliveries.get(next.getAndIncrement())).status());
        assertThat(answers).containsOnly(200);
    }

    @Test
    void racingPaymentsOfOneUpfrontFeeEnrollOnceAndEveryPaymentIsRecordedOnceTheSurplusToRefund() throws Exception {
        String batch = api.post("/api/admin/batches", admin, json("code", "MAS102-RACE", "name", "Batch", "program", "MAS102",
                "startDate", "2027-01-10", "enrollmentFeePaise", 5_000_000, "capacity", 5, "papAvailable", true)).text("id");
        var pair = approvedApplicationTo(batch);
        String workflow = workflowChoosing(pair[0], pair[1], "UPFRONT");
        String orderId = order(5_000_000);
        assertThat(api.post("/api/pap/workflows/" + workflow + "/payments", pair[0], null).status()).isEqualTo(201);

        racingDeliveries(orderId, "pay_race_a", "pay_race_b");

        var shown = api.get("/api/admin/pap/workflows/" + workflow, admin);
        assertThat(shown.text("status")).isEqualTo("ENROLLED");
        String feePayment = shown.text("feePaymentId");
        assertThat(shown.body().path("history")).extracting(step -> step.path("to").asText())
                .filteredOn("ENROLLED"::equals).hasSize(1);
        var receipts = receiptsOf(workflow);
        assertThat(receipts).extracting(r -> r.path("gatewayPaymentId").asText())
                .containsExactlyInAnyOrder("pay_race_a", "pay_race_b");
        assertThat(receipts).filteredOn(r -> r.path("refundReason").isNull()).singleElement()
                .satisfies(r -> assertThat(r.path("id").asText()).isEqualTo(feePayment));
        assertThat(receipts).filteredOn(r -> !r.path("refundReason").isNull()).singleElement()
                .satisfies(r -> assertThat(r.path("refundReason").asText()).contains(workflow));
        var toRefund = api.get("/api/finance/payments?refundDue=true&limit=200", admin).body().path("items");
        assertThat(toRefund).extracting(r -> r.path("gatewayPaymentId").asText())
                .containsOnlyOnce(receipts.stream().filter(r -> !r.path("refundReason").isNull())
                        .map(r -> r.path("gatewayPaymentId").asText()).findFirst().orElseThrow())
                .doesNotContain(receipts.stream().filter(r -> r.path("refundReason").isNull())
                        .map(r -> r.path("gatewayPaymentId").asText()).findFirst().orElseThrow());
        assertThat(api.get("/api/finance/payments?refundDue=maybe", admin).status()).isEqualTo(400);
        var application = api.get("/api/admin/programs/applications/" + pair[1], admin);
        assertThat(application.text("status")).isEqualTo("ENROLLED");
        assertThat(application.body().path("history")).extracting(step -> step.path("to").asText())
                .filteredOn("PAYMENT_RECEIVED"::equals).hasSize(1);
        var invoiced = new ArrayList<String>();
        api.get("/api/finance/invoices?series=MAS102&limit=100", admin).body().path("items")
                .forEach(i -> invoiced.add(i.path("paymentId").asText()));
        assertThat(receipts).filteredOn(r -> invoiced.contains(r.path("id").asText())).extracting(r -> r.path("id").asText())
                .containsExactly(feePayment);
    }

    @Test
    void racingPaymentsOfOneApplicationFeeCreditItOnceAndEveryPaymentIsRecordedOnceTheSurplusToRefund() throws Exception {
        var pair = approvedApplication("MAS102-FEERACE", false);
        String orderId = order(5_000_000);
        assertThat(api.post("/api/programs/applications/" + pair[1] + "/payments", pair[0], null).status()).isEqualTo(201);

        racingDeliveries(orderId, "pay_fee_a", "pay_fee_b");

        var application = api.get("/api/admin/programs/applications/" + pair[1], admin);
        assertThat(application.text("status")).isEqualTo("PAID");
        assertThat(application.body().path("history")).extracting(step -> step.path("to").asText())
                .filteredOn("PAID"::equals).hasSize(1);
        var receipts = receiptsOf(pair[1]);
        assertThat(receipts).extracting(r -> r.path("gatewayPaymentId").asText())
                .containsExactlyInAnyOrder("pay_fee_a", "pay_fee_b");
        assertThat(receipts).filteredOn(r -> !r.path("refundReason").isNull()).singleElement()
                .satisfies(r -> assertThat(r.path("refundReason").asText())
                        .isEqualTo("application " + pair[1] + " is PAID, not waiting for its fee"));
        String paidBy = receipts.stream().filter(r -> r.path("refundReason").isNull()).findFirst().orElseThrow()
                .path("id").asText();
        var invoices = api.get("/api/finance/invoices?q=" + application.text("invoiceNumber"), admin).body().path("items");
        assertThat(invoices).singleElement().satisfies(i -> assertThat(i.path("paymentId").asText()).isEqualTo(paidBy));
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
