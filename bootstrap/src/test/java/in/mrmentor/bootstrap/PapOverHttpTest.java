package in.mrmentor.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import in.mrmentor.invoice.FinancialYear;
import in.mrmentor.invoice.InvoicingTerms;
import in.mrmentor.persistence.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static in.mrmentor.bootstrap.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17's acceptance over HTTP on PostgreSQL, with the demo e-sign provider and no Razorpay: a
 * student applies to a PAP batch and goes through journey 6 to a verified ₹12 lakh placement, whose
 * PAP fee (15 %) is invoiced in the PAP series; bad input leaves the workflow unchanged.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PapOverHttpTest {
    private static final String ADMIN_EMAIL = "root@mrmentor.test";
    private static final String ADMIN_PASSWORD = "bootstrap-admin-pass";
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dataDir;

    private MasServer app;
    private ApiClient api;
    private String admin;

    @BeforeAll
    void start() {
        String database = TestPostgres.get().freshDatabaseName();
        app = MasServer.start(SettingsReader.read(Map.ofEntries(
                Map.entry("MAS_DATA_DIR", dataDir.toString()), Map.entry("PORT", "0"), Map.entry("HOST", "127.0.0.1"),
                Map.entry("DATABASE_URL", TestPostgres.get().databaseUrl(database)),
                Map.entry("ADMIN_EMAIL", ADMIN_EMAIL), Map.entry("ADMIN_PASSWORD", ADMIN_PASSWORD),
                Map.entry("MAS101_PAP_DEMO_AUTOVERIFY", "true"),
                Map.entry("AUTH_IP_MAX_PER_MINUTE", "10000"))));
        api = new ApiClient(app.port());
        admin = api.post("/api/auth/login", null, json("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD)).text("accessToken");
    }

    @AfterAll
    void stop() {
        app.close();
    }

    private String signUp() {
        String email = "student-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var session = api.post("/api/auth/signup", null, json("email", email, "password", "correct-horse", "name", "Asha Rao"));
        assertThat(session.status()).isEqualTo(201);
        return session.text("accessToken");
    }

    private String papBatch(int capacity) {
        String code = "MAS101-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        var batch = api.post("/api/admin/batches", admin, json("code", code, "name", "MAS101 January", "program", "MAS101",
                "startDate", "2027-01-10", "enrollmentFeePaise", 5_000_000, "capacity", capacity, "papAvailable", true));
        assertThat(batch.status()).as(batch.body().toString()).isEqualTo(201);
        return batch.text("id");
    }

    private static Map<String, Object> billing() {
        return Map.of("name", "Asha Rao", "address", "12 MG Road, Bengaluru", "stateCode", "29");
    }

    /** An approved application of a new student to the batch, with billing details; answers its id. */
    private String approvedApplication(String student, String batchId) {
        var application = api.post("/api/programs/applications", student,
                json("batchId", batchId, "answers", Map.of("why", "analytics"), "billing", billing()));
        assertThat(application.status()).as(application.body().toString()).isEqualTo(201);
        assertThat(application.text("status")).isEqualTo("DRAFT");
        String id = application.text("id");
        assertThat(api.post("/api/programs/applications/" + id + "/submit", student, null).text("status")).isEqualTo("SUBMITTED");
        assertThat(api.post("/api/admin/programs/applications/" + id + "/review", admin, null).text("status"))
                .isEqualTo("UNDER_REVIEW");
        assertThat(api.post("/api/admin/programs/applications/" + id + "/approve", admin, json("note", "good fit"))
                .text("status")).isEqualTo("APPROVED");
        return id;
    }

    private String enrolledWorkflow(String student, String batchId) {
        String application = approvedApplication(student, batchId);
        var workflow = api.post("/api/pap/workflows", student, json("applicationId", application));
        assertThat(workflow.status()).as(workflow.body().toString()).isEqualTo(201);
        assertThat(workflow.text("status")).isEqualTo("PENDING_MOU_DETAILS");
        String id = workflow.text("id");
        var details = api.send("PUT", "/api/pap/workflows/" + id + "/mou-details", student,
                json("legalName", "Asha Rao", "pan", "ABCPR1234K", "address", "12 MG Road, Bengaluru"));
        assertThat(details.status()).as(details.body().toString()).isEqualTo(200);
        assertThat(details.text("status")).isEqualTo("PENDING_MOU_UPLOAD");
        var signed = api.post("/api/pap/workflows/" + id + "/esign", student, null);
        assertThat(signed.status()).as(signed.body().toString()).isEqualTo(201);
        assertThat(signed.body().path("workflow").path("status").asText()).isEqualTo("PENDING_MOU_REVIEW");
        assertThat(api.post("/api/admin/pap/workflows/" + id + "/approve-mou", admin, null).text("status"))
                .isEqualTo("PENDING_PAYMENT_OPTION");
        assertThat(api.post("/api/pap/workflows/" + id + "/payment-option", student, json("option", "PAP")).text("status"))
                .isEqualTo("PENDING_PAP_APPROVAL");
        var enrolled = api.post("/api/admin/pap/workflows/" + id + "/approve-pap", admin, null);
        assertThat(enrolled.status()).as(enrolled.body().toString()).isEqualTo(200);
        assertThat(enrolled.text("status")).isEqualTo("ENROLLED");
        return id;
    }

    @Test
    void journeySixEndsWithAVerifiedPlacementItsPapFeeAndItsPapInvoice() throws Exception {
        String student = signUp();
        String workflow = enrolledWorkflow(student, papBatch(30));
        var mine = api.get("/api/programs/applications/mine", student);
        assertThat(mine.body().path("items").get(0).path("status").asText()).as("the application follows the workflow").isEqualTo("ENROLLED");

        var placed = placement(student, workflow, Map.of("company", "Acme Analytics", "role", "Data Analyst",
                "annualCtcPaise", "120000000", "joiningDate", "2027-07-01"), PDF);
        assertThat(placed.status()).as(placed.body().toString()).isEqualTo(200);
        assertThat(placed.body().path("status").asText()).isEqualTo("PLACEMENT_UNDER_REVIEW");

        var verified = api.post("/api/admin/pap/workflows/" + workflow + "/verify-placement", admin, null);

        assertThat(verified.status()).as(verified.body().toString()).isEqualTo(200);
        assertThat(verified.text("status")).isEqualTo("PAYMENT_COLLECTION_PENDING");
        assertThat(verified.body().path("papFeePaise").asLong()).as("15 % of ₹12 lakh").isEqualTo(18_000_000L);
        String year = FinancialYear.of(Instant.now(), InvoicingTerms.INDIA).code();
        assertThat(verified.text("invoiceNumber")).isEqualTo("PAP/" + year + "/0001");

        var history = api.get("/api/admin/pap/workflows/" + workflow, admin).body().path("history");
        assertThat(history).extracting(step -> step.path("to").asText()).containsExactly("PENDING_MOU_DETAILS",
                "PENDING_MOU_UPLOAD", "PENDING_MOU_REVIEW", "MOU_SIGNED_APPROVED", "PENDING_PAYMENT_OPTION",
                "PENDING_PAP_APPROVAL", "ENROLLED", "PLACEMENT_UNDER_REVIEW", "PAYMENT_COLLECTION_PENDING");
        assertThat(history).allSatisfy(step -> {
            assertThat(step.path("actor").asText()).isNotBlank();
            assertThat(step.path("at").asText()).isNotBlank();
        });

        var payment = api.post("/api/pap/workflows/" + workflow + "/payments", student, null);
        assertThat(payment.status()).isEqualTo(503);
        assertThat(payment.code()).isEqualTo("INTEGRATION_NOT_CONFIGURED");

        var mou = api.get("/api/pap/workflows/" + workflow + "/documents/mou", student);
        assertThat(mou.status()).isEqualTo(200);
        assertThat(mou.raw().body()).startsWith("%PDF-");
        assertThat(api.get("/api/pap/workflows/" + workflow + "/documents/offer-letter", admin).status()).isEqualTo(200);
        assertThat(api.get("/api/pap/workflows/" + workflow + "/documents/mou", signUp()).code())
                .as("another student's workflow does not exist for them").isEqualTo("PAP_WORKFLOW_NOT_FOUND");
    }

    @Test
    void anESignCallbackWithAWrongOrMissingMacIsRefused() {
        var wrong = api.post("/api/pap/esign/webhook", null, json("documentId", "doc-1", "irn", UUID.randomUUID().toString(),
                "documentStatus", "COMPLETED", "mac", "0000"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.code()).isEqualTo("INVALID_MAC");
        var missing = api.post("/api/pap/esign/webhook", null, json("documentId", "doc-1"));
        assertThat(missing.status()).isEqualTo(401);
    }

    @Test
    void badInputIsRefusedWithAClearCodeAndTheWorkflowStaysAsItWas() throws Exception {
        String student = signUp();
        String batch = papBatch(30);
        String application = approvedApplication(student, batch);
        String workflow = api.post("/api/pap/workflows", student, json("applicationId", application)).text("id");

        var badPan = api.send("PUT", "/api/pap/workflows/" + workflow + "/mou-details", student,
                json("legalName", "Asha Rao", "pan", "ABC1234", "address", "12 MG Road"));
        assertThat(badPan.status()).isEqualTo(400);
        assertThat(badPan.body().path("errors").get(0).path("field").asText()).isEqualTo("pan");
        var outOfOrder = api.post("/api/admin/pap/workflows/" + workflow + "/approve-mou", admin, null);
        assertThat(outOfOrder.status()).isEqualTo(409);
        assertThat(outOfOrder.code()).isEqualTo("INVALID_TRANSITION");
        assertThat(status(workflow)).isEqualTo("PENDING_MOU_DETAILS");
        assertThat(api.post("/api/pap/workflows", student, json("applicationId", application)).code())
                .isEqualTo("PAP_WORKFLOW_EXISTS");

        String enrolled = enrolledWorkflow(signUp(), batch);
        var zeroCtc = placement(admin, enrolled, Map.of("company", "Acme", "role", "Analyst", "annualCtcPaise", "0",
                "joiningDate", "2027-07-01"), PDF);
        assertThat(zeroCtc.status()).isEqualTo(400);
        assertThat(zeroCtc.body().path("errors").get(0).path("field").asText()).isEqualTo("annualCtcPaise");
        var absurd = placement(admin, enrolled, Map.of("company", "Acme", "role", "Analyst",
                "annualCtcPaise", "100000000000000", "joiningDate", "2027-07-01"), PDF);
        assertThat(absurd.status()).isEqualTo(400);
        var notPdf = placement(admin, enrolled, Map.of("company", "Acme", "role", "Analyst",
                "annualCtcPaise", "120000000", "joiningDate", "2027-07-01"), "<html>offer</html>".getBytes(StandardCharsets.UTF_8));
        assertThat(notPdf.status()).isEqualTo(400);
        assertThat(notPdf.body().path("code").asText()).isEqualTo("NOT_A_PDF");
        assertThat(status(enrolled)).isEqualTo("ENROLLED");
    }

    @Test
    void aFullBatchRefusesThePapApprovalAndNothingChanges() {
        String batch = papBatch(1);
        enrolledWorkflow(signUp(), batch);
        String student = signUp();
        String application = approvedApplication(student, batch);
        String workflow = api.post("/api/pap/workflows", student, json("applicationId", application)).text("id");
        api.send("PUT", "/api/pap/workflows/" + workflow + "/mou-details", student,
                json("legalName", "Ravi Kumar", "pan", "ABCPK1234K", "address", "1 Park Street"));
        api.post("/api/pap/workflows/" + workflow + "/esign", student, null);
        api.post("/api/admin/pap/workflows/" + workflow + "/approve-mou", admin, null);
        api.post("/api/pap/workflows/" + workflow + "/payment-option", student, json("option", "PAP"));

        var full = api.post("/api/admin/pap/workflows/" + workflow + "/approve-pap", admin, null);

        assertThat(full.status()).isEqualTo(409);
        assertThat(full.code()).isEqualTo("BATCH_FULL");
        assertThat(status(workflow)).isEqualTo("PENDING_PAP_APPROVAL");
    }

    @Test
    void discountRequestsAreDecidedOnceAndTheFeeRouteNeedsAGateway() {
        String student = signUp();
        String application = approvedApplication(student, papBatch(10));
        var tooMuch = api.post("/api/finance/discount-requests", admin,
                json("applicationId", application, "amountPaise", 6_000_000, "reason", "scholarship"));
        assertThat(tooMuch.status()).isEqualTo(400);
        var request = api.post("/api/finance/discount-requests", admin,
                json("applicationId", application, "amountPaise", 1_000_000, "reason", "scholarship"));
        assertThat(request.status()).isEqualTo(201);
        assertThat(request.text("status")).isEqualTo("PENDING");
        assertThat(api.post("/api/finance/discount-requests", admin,
                json("applicationId", application, "amountPaise", 500_000, "reason", "again")).status()).isEqualTo(409);
        String id = request.text("id");
        assertThat(api.post("/api/finance/discount-requests/" + id + "/approve", admin, null).text("status")).isEqualTo("APPROVED");
        assertThat(api.post("/api/finance/discount-requests/" + id + "/reject", admin, null).code()).isEqualTo("ALREADY_DECIDED");
        assertThat(api.post("/api/finance/discount-requests", student,
                json("applicationId", application, "amountPaise", 1, "reason", "me")).status()).isEqualTo(403);

        var pay = api.post("/api/programs/applications/" + application + "/payments", student, null);
        assertThat(pay.status()).isEqualTo(503);
        assertThat(pay.code()).isEqualTo("INTEGRATION_NOT_CONFIGURED");
    }

    private String status(String workflow) {
        return api.get("/api/admin/pap/workflows/" + workflow, admin).text("status");
    }

    private ApiClient.Response placement(String token, String workflow, Map<String, String> fields, byte[] offer)
            throws IOException, InterruptedException {
        String boundary = "mas-" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        for (var field : new LinkedHashMap<>(fields).entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"offerLetter\"; filename=\"offer.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(offer);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/pap/workflows/" + workflow
                        + "/placement"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        HttpResponse<String> raw = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        JsonNode json = raw.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(raw.body());
        return new ApiClient.Response(raw.statusCode(), json, raw);
    }
}
