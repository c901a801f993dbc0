package in.mrmentor.bootstrap;

import in.mrmentor.testing.Race;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import in.mrmentor.bootstrap.invoice.InvoiceModule;
import in.mrmentor.invoice.FinancialYear;
import in.mrmentor.persistence.testing.TestPostgres;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static in.mrmentor.bootstrap.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * FINANCE.md over HTTP on PostgreSQL, issue 16's acceptance first: a Maharashtra supplier
 * ({@code 27AAPFU0939F1ZV}) charges CGST + SGST to a Maharashtra buyer and IGST to a Karnataka GSTIN,
 * splits ₹1,180 tax-inclusive back to ₹1,000, numbers twenty racing issues consecutively, renders a PDF
 * that opens, credits an invoice once, and passes the invoice audit.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InvoicesOverHttpTest {
    private static final String ADMIN_EMAIL = "root@mrmentor.test";
    private static final String ADMIN_PASSWORD = "bootstrap-admin-pass";
    private static final String KEY_SECRET = "razorpay-key-secret";
    private static final String WEBHOOK_SECRET = "razorpay-webhook-secret";
    private static final String FY = FinancialYear.of(Instant.now(), ZoneId.of("Asia/Kolkata")).code();

    @TempDir
    static Path dataDir;

    private WireMockServer razorpay;
    private MasServer app;
    private ApiClient api;
    private String superadmin;
    private String database;

    private Map<String, String> environment(Path data) {
        return Map.ofEntries(
                Map.entry("MAS_DATA_DIR", data.toString()), Map.entry("PORT", "0"), Map.entry("HOST", "127.0.0.1"),
                Map.entry("DATABASE_URL", TestPostgres.get().databaseUrl(database)),
                Map.entry("DB_POOL_SIZE", "12"),
                Map.entry("ADMIN_EMAIL", ADMIN_EMAIL), Map.entry("ADMIN_PASSWORD", ADMIN_PASSWORD),
                Map.entry("GLOBAL_INVOICE_SUPPLIER_GSTIN", "27AAPFU0939F1ZV"),
                Map.entry("GLOBAL_INVOICE_SUPPLIER_LEGAL_NAME", "MAS Edutech LLP"),
                Map.entry("GLOBAL_INVOICE_SUPPLIER_ADDRESS_LINE1", "1 Analytics Lane, Pune 411001"),
                Map.entry("GLOBAL_INVOICE_BANK_IFSC", "HDFC0000123"),
                Map.entry("GLOBAL_INVOICE_FINANCE_EMAIL", "finance@mas.test"),
                Map.entry("GLOBAL_INVOICE_ADMIN_EMAIL", "accounts@mas.test"),
                Map.entry("GLOBAL_INVOICE_TERMS", "Fees are not refundable after the batch starts|Subject to Pune jurisdiction"),
                Map.entry("TOKEN_VALUE", "350"),
                Map.entry("RAZORPAY_KEY_ID", "rzp_test_key"), Map.entry("RAZORPAY_KEY_SECRET", KEY_SECRET),
                Map.entry("RAZORPAY_WEBHOOK_SECRET", WEBHOOK_SECRET),
                Map.entry("RAZORPAY_API_URL", razorpay.baseUrl()),
                Map.entry("AUTH_IP_MAX_PER_MINUTE", "10000"));
    }

    @BeforeAll
    void start() {
        razorpay = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        razorpay.start();
        database = TestPostgres.get().freshDatabaseName();
        app = MasServer.start(SettingsReader.read(environment(dataDir)));
        api = new ApiClient(app.port());
        superadmin = api.post("/api/auth/login", null, json("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD))
                .text("accessToken");
    }

    @AfterAll
    void stop() {
        app.close();
        razorpay.stop();
    }

    private static String buyer(String name, String stateCode, String gstin) {
        var fields = new ArrayList<Object>(List.of("name", name, "address", "12 MG Road", "email", "buyer@example.in"));
        if (stateCode != null) {
            fields.addAll(List.of("stateCode", stateCode));
        }
        if (gstin != null) {
            fields.addAll(List.of("gstin", gstin));
        }
        return json(fields.toArray());
    }

    private static String invoice(String series, String buyer, boolean inclusive, String... lines) {
        return "{\"series\":\"" + series + "\",\"buyer\":" + buyer + ",\"pricesIncludeTax\":" + inclusive
                + ",\"lines\":[" + String.join(",", lines) + "]}";
    }

    private static String line(long unitPricePaise) {
        return json("description", "Data analytics programme", "quantity", 1, "unitPricePaise", unitPricePaise);
    }

    private ApiClient.Response issue(String body) {
        return api.post("/api/finance/invoices", superadmin, body);
    }

    /** A GSTIN of Karnataka with a correct check character. */
    private static String karnatakaGstin() {
        String first14 = "29AAPFU0939F1Z";
        return first14 + in.mrmentor.invoice.Gstin.checkCharacter(first14);
    }

    @Test
    @Order(1)
    void aCreditNoteIsTheFirstOfItsSeriesAndASecondForTheSameRemainderIsRefused() {
        var invoice = issue(invoice("AERO", buyer("Asha Rao", "27", null), false, line(100_000)));
        String id = invoice.text("id");
        var noLines = api.post("/api/finance/invoices/" + id + "/credit-notes", superadmin,
                "{\"reason\":\"Withdrawn\",\"lines\":[]}");
        assertThat(noLines.status()).as("an empty list is not 'everything'").isEqualTo(400);
        assertThat(noLines.body().path("errors").toString()).contains("lines");

        var note = api.send("POST", "/api/finance/invoices/" + id + "/credit-notes", superadmin,
                json("reason", "Withdrawn before the batch started"), Map.of("Idempotency-Key", "cn-" + id));
        var replay = api.send("POST", "/api/finance/invoices/" + id + "/credit-notes", superadmin,
                json("reason", "Withdrawn before the batch started"), Map.of("Idempotency-Key", "cn-" + id));
        var second = api.post("/api/finance/invoices/" + id + "/credit-notes", superadmin, json("reason", "again"));

        assertThat(note.status()).isEqualTo(201);
        assertThat(note.text("number")).isEqualTo("CN/" + FY + "/0001");
        assertThat(note.text("originalNumber")).isEqualTo(invoice.text("number"));
        assertThat(note.body().path("totals").path("totalPaise").asLong()).isEqualTo(118_000);
        assertThat(note.body().path("totals").path("cgstPaise").asLong()).isEqualTo(9_000);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.text("number")).isEqualTo(note.text("number"));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.code()).isEqualTo("CREDIT_EXCEEDS_INVOICE");
        var shown = api.get("/api/finance/invoices/" + id, superadmin);
        assertThat(shown.text("status")).isEqualTo("CREDITED");
        assertThat(shown.body().path("creditNotes")).hasSize(1);
    }

    @Test
    void aThousandRupeesToAMaharashtraBuyerIsNinetyCgstAndNinetySgst() {
        var invoice = issue(invoice("MAS102", buyer("Asha Rao", "27", null), false, line(100_000)));

        assertThat(invoice.status()).isEqualTo(201);
        assertThat(invoice.text("supplyType")).isEqualTo("INTRA_STATE");
        assertThat(invoice.body().path("placeOfSupply").path("code").asText()).isEqualTo("27");
        assertThat(invoice.body().path("supplier").path("gstin").asText()).isEqualTo("27AAPFU0939F1ZV");
        var totals = invoice.body().path("totals");
        assertThat(totals.path("taxablePaise").asLong()).isEqualTo(100_000);
        assertThat(totals.path("cgstPaise").asLong()).isEqualTo(9_000);
        assertThat(totals.path("sgstPaise").asLong()).isEqualTo(9_000);
        assertThat(totals.path("igstPaise").asLong()).isZero();
        assertThat(totals.path("totalPaise").asLong()).isEqualTo(118_000);
        assertThat(invoice.text("amountInWords")).isEqualTo("Rupees One Thousand One Hundred Eighty Only");
        assertThat(invoice.text("status")).isEqualTo("ISSUED");
    }

    @Test
    void aThousandRupeesToAKarnatakaGstinIsOneHundredEightyIgst() {
        var invoice = issue(invoice("MAS102", buyer("Karnataka Analytics Pvt Ltd", null, karnatakaGstin()), false, line(100_000)));

        assertThat(invoice.status()).isEqualTo(201);
        assertThat(invoice.text("supplyType")).isEqualTo("INTER_STATE");
        assertThat(invoice.body().path("placeOfSupply").path("name").asText()).isEqualTo("Karnataka");
        assertThat(invoice.body().path("totals").path("igstPaise").asLong()).isEqualTo(18_000);
        assertThat(invoice.body().path("totals").path("cgstPaise").asLong()).isZero();
    }

    @Test
    void elevenHundredEightyTaxInclusiveIsAThousandTaxable() {
        var invoice = issue(invoice("PAP", buyer("Asha Rao", "27", null), true, line(118_000)));

        assertThat(invoice.status()).isEqualTo(201);
        assertThat(invoice.body().path("totals").path("taxablePaise").asLong()).isEqualTo(100_000);
        assertThat(invoice.body().path("totals").path("totalPaise").asLong()).isEqualTo(118_000);
        assertThat(invoice.text("number")).startsWith("PAP/" + FY + "/");
    }

    @Test
    void twentyConcurrentIssuesGetTwentyConsecutiveNumbers() throws Exception {
        var responses = Race.of(20, () -> issue(invoice("MAS101", buyer("Asha Rao", "27", null), false, line(100_000))));

        assertThat(responses).allSatisfy(r -> assertThat(r.status()).isEqualTo(201));
        assertThat(responses.stream().map(r -> r.text("number")).sorted().toList())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 20)
                        .mapToObj(n -> String.format("MAS101/%s/%04d", FY, n)).toList());
    }

    @Test
    void thePdfOpensAndNamesTheInvoice() throws Exception {
        var invoice = issue(invoice("DRO", buyer("Asha Rao", "27", null), false, line(100_000)));

        var pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port()
                        + "/api/finance/invoices/" + invoice.text("id") + "/pdf"))
                .header("Authorization", "Bearer " + superadmin).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        try (var document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("TAX INVOICE", invoice.text("number"), "27AAPFU0939F1ZV", "MAS Edutech LLP",
                    "Rupees One Thousand One Hundred Eighty Only", "HDFC0000123", "Subject to Pune jurisdiction");
        }
    }

    @Test
    void theInvoiceIsMailedOnceToTheBuyerWithFinanceAndAdminInCopyAndThePdfAttached() throws Exception {
        var invoice = issue(invoice("DRO", buyer("Meera Iyer", "27", null), false, line(50_000)));
        String number = invoice.text("number");

        JsonNode item = null;
        for (int wait = 0; wait < 100 && item == null; wait++) {
            for (JsonNode candidate : api.get("/api/admin/outbox?limit=100", superadmin).body().path("items")) {
                if (candidate.path("subject").asText().contains(number)) {
                    item = candidate;
                }
            }
            if (item == null) {
                Thread.sleep(100);
            }
        }
        assertThat(item).as("the invoice mail of " + number).isNotNull();
        var message = api.get("/api/admin/outbox/" + item.path("id").asText(), superadmin).body();
        assertThat(message.path("to").asText()).isEqualTo("buyer@example.in");
        assertThat(message.path("cc")).extracting(JsonNode::asText).containsExactly("finance@mas.test", "accounts@mas.test");
        assertThat(message.path("attachments")).singleElement().satisfies(file -> {
            assertThat(file.path("filename").asText()).isEqualTo(number.replace('/', '-') + ".pdf");
            assertThat(file.path("contentType").asText()).isEqualTo("application/pdf");
            assertThat(file.path("bytes").asInt()).isGreaterThan(1000);
        });
        long copies = 0;
        for (JsonNode candidate : api.get("/api/admin/outbox?limit=100", superadmin).body().path("items")) {
            copies += candidate.path("subject").asText().contains(number) ? 1 : 0;
        }
        assertThat(copies).as("one message, the copies in its Cc").isEqualTo(1);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndConsumesNoNumber() {
        var before = issue(invoice("MAS102", buyer("Asha Rao", "27", null), false, line(1_000)));

        var badGstin = issue(invoice("MAS102", buyer("X Ltd", null, "29AAPFU0939F1ZW"), false, line(1_000)));
        var unknownSeries = issue(invoice("MAS999", buyer("Asha Rao", "27", null), false, line(1_000)));
        var unknownState = issue(invoice("MAS102", buyer("Asha Rao", "28", null), false, line(1_000)));
        var export = issue(invoice("MAS102", buyer("Asha Rao", "96", null), false, line(1_000)));
        var noState = issue(invoice("MAS102", buyer("Asha Rao", null, null), false, line(1_000)));
        var negative = issue(invoice("MAS102", buyer("Asha Rao", "27", null), false,
                json("description", "x", "quantity", -1, "unitPricePaise", 100)));
        var fractional = issue(invoice("MAS102", buyer("Asha Rao", "27", null), false,
                "{\"description\":\"x\",\"quantity\":1.5,\"unitPricePaise\":100}"));
        var discount = issue(invoice("MAS102", buyer("Asha Rao", "27", null), false,
                json("description", "x", "quantity", 2, "unitPricePaise", 100, "discountPaise", 201)));
        var overflow = issue(invoice("MAS102", buyer("Asha Rao", "27", null), false,
                json("description", "x", "quantity", 1000, "unitPricePaise", 9_000_000_000_000_000L)));

        assertThat(badGstin.status()).isEqualTo(400);
        assertThat(badGstin.code()).isEqualTo("INVALID_GSTIN");
        assertRefused(badGstin, "buyer.gstin");
        assertRefused(unknownSeries, "series");
        assertRefused(unknownState, "buyer.stateCode");
        assertRefused(export, "buyer.stateCode");
        assertRefused(noState, "buyer.stateCode");
        assertRefused(negative, "lines[0].quantity");
        assertRefused(fractional, "lines[0].quantity");
        assertRefused(discount, "lines[0].discountPaise");
        assertRefused(overflow, "lines[0].unitPricePaise");

        var after = issue(invoice("MAS102", buyer("Asha Rao", "27", null), false, line(1_000)));
        long beforeSeq = Long.parseLong(before.text("number").substring(before.text("number").lastIndexOf('/') + 1));
        assertThat(after.text("number")).isEqualTo(String.format("MAS102/%s/%04d", FY, beforeSeq + 1));
    }

    @Test
    void aManualInvoiceNamesTheBuyersAddressAndEmailOrConsumesNoNumber() {
        var before = issue(invoice("MAS102", buyer("Asha Rao", "27", null), false, line(1_000)));

        var noAddress = issue(invoice("MAS102", json("name", "Asha Rao", "stateCode", "27", "email", "buyer@example.in"),
                false, line(1_000)));
        var blankAddress = issue(invoice("MAS102", json("name", "Asha Rao", "address", " ", "stateCode", "27",
                "email", "buyer@example.in"), false, line(1_000)));
        var noEmail = issue(invoice("MAS102", json("name", "Asha Rao", "address", "12 MG Road", "stateCode", "27"),
                false, line(1_000)));

        assertRefused(noAddress, "buyer.address");
        assertRefused(blankAddress, "buyer.address");
        assertRefused(noEmail, "buyer.email");
        var after = issue(invoice("MAS102", buyer("Asha Rao", "27", null), false, line(1_000)));
        long beforeSeq = Long.parseLong(before.text("number").substring(before.text("number").lastIndexOf('/') + 1));
        assertThat(after.text("number")).isEqualTo(String.format("MAS102/%s/%04d", FY, beforeSeq + 1));
    }

    @Test
    void aManualReceiptsPayerEmailMustBeAnEmailAddress() {
        var receipt = api.send("POST", "/api/finance/payments", superadmin, json("payerName", "Asha Rao",
                "payerEmail", "not-an-address", "amountPaise", 118_000, "method", "CASH", "purpose", "PROGRAM_FEE"),
                Map.of("Idempotency-Key", UUID.randomUUID().toString()));

        assertRefused(receipt, "payerEmail");
    }

    private static void assertRefused(ApiClient.Response response, String field) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        response.body().path("errors").forEach(e -> fields.add(e.path("field").asText()));
        assertThat(fields).as(response.raw().body()).contains(field);
    }

    @Test
    void aStudentCannotIssueOrReadInvoices() {
        String email = "student-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String student = api.post("/api/auth/signup", null, json("email", email, "password", "correct-horse", "name", "Asha"))
                .text("accessToken");

        assertThat(api.post("/api/finance/invoices", student, invoice("MAS102", buyer("A", "27", null), false, line(100)))
                .status()).isEqualTo(403);
        assertThat(api.get("/api/finance/invoices", student).status()).isEqualTo(403);
        assertThat(api.get("/api/finance/invoices", null).status()).isEqualTo(401);
    }

    @Test
    void aManualReceiptIsInvoicedOnceWithItsDefaultLine() {
        var payment = api.send("POST", "/api/finance/payments", superadmin, json("payerName", "Asha Rao", "amountPaise", 118_000,
                "method", "BANK_TRANSFER", "purpose", "PROGRAM_FEE"), Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(payment.status()).isEqualTo(201);
        String path = "/api/finance/payments/" + payment.text("id") + "/invoice";
        String body = "{\"series\":\"MAS102\",\"buyer\":" + buyer("Asha Rao", "27", null) + "}";

        var invoice = api.post(path, superadmin, body);
        var again = api.post(path, superadmin, body);

        assertThat(invoice.status()).isEqualTo(201);
        assertThat(invoice.body().path("lines").get(0).path("description").asText()).isEqualTo("Professional training programme");
        assertThat(invoice.body().path("totals").path("taxablePaise").asLong()).isEqualTo(100_000);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("ALREADY_INVOICED");
        assertThat(api.get("/api/finance/payments?status=CAPTURED", superadmin).body().path("items").size()).isPositive();
    }

    @Test
    void aTokenPurchaseIsInvoicedInTheTokSeriesAndItsRefundCreditedOnce() {
        String email = "buyer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        String student = api.post("/api/auth/signup", null, json("email", email, "password", "correct-horse", "name", "Ravi"))
                .text("accessToken");
        String orderId = "order_" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
        razorpay.stubFor(post(urlEqualTo("/v1/orders")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"" + orderId + "\",\"entity\":\"order\",\"amount\":70000,\"currency\":\"INR\","
                        + "\"receipt\":\"r\",\"status\":\"created\"}")));
        assertThat(api.post("/api/tokens/purchases", student, json("quantity", 2)).status()).isEqualTo(201);
        String paymentId = "pay_" + orderId.substring(6);
        String captured = "{\"entity\":\"event\",\"event\":\"payment.captured\",\"payload\":{\"payment\":{\"entity\":"
                + "{\"id\":\"" + paymentId + "\",\"amount\":70000,\"currency\":\"INR\",\"email\":\"" + email + "\","
                + "\"order_id\":\"" + orderId + "\"}}}}";
        String refunded = "{\"entity\":\"event\",\"event\":\"refund.processed\",\"payload\":{\"refund\":{\"entity\":"
                + "{\"id\":\"rfnd_" + orderId.substring(6) + "\",\"payment_id\":\"" + paymentId + "\",\"amount\":70000}},"
                + "\"payment\":{\"entity\":{\"id\":\"" + paymentId + "\",\"order_id\":\"" + orderId + "\"}}}}";

        assertThat(webhook(captured).status()).isEqualTo(200);
        assertThat(webhook(captured).status()).isEqualTo(200);

        var invoices = api.get("/api/finance/invoices?series=TOK&q=" + email, superadmin).body().path("items");
        assertThat(invoices).hasSize(1);
        JsonNode invoice = invoices.get(0);
        assertThat(invoice.path("number").asText()).startsWith("TOK/" + FY + "/");
        assertThat(invoice.path("totals").path("totalPaise").asLong()).isEqualTo(70_000);
        assertThat(invoice.path("buyer").path("name").asText()).isEqualTo("Ravi");
        var told = api.get("/api/notifications", student).body().path("items");
        assertThat(told).filteredOn(n -> n.path("type").asText().equals("INVOICE_ISSUED")).singleElement()
                .satisfies(n -> {
                    assertThat(n.path("category").asText()).isEqualTo("BILLING");
                    assertThat(n.path("body").asText()).contains(invoice.path("number").asText());
                });

        assertThat(webhook(refunded).status()).isEqualTo(200);
        assertThat(webhook(refunded).status()).isEqualTo(200);
        var shown = api.get("/api/finance/invoices/" + invoice.path("id").asText(), superadmin);
        assertThat(shown.body().path("creditNotes")).hasSize(1);
        assertThat(shown.text("status")).isEqualTo("CREDITED");
    }

    @Test
    void gstr1GroupsTheMonthInTheOfflineToolsSectionsAndTheAuditLogRecordsTheExport() {
        issue(invoice("MAS102", buyer("Karnataka Analytics Pvt Ltd", null, karnatakaGstin()), false, line(100_000)));
        issue(invoice("MAS102", buyer("Big Spender", "29", null), false, line(20_000_000)));
        String month = java.time.YearMonth.now(ZoneId.of("Asia/Kolkata")).toString();

        var report = api.get("/api/finance/reports/gstr1?month=" + month, superadmin);
        var csv = api.get("/api/finance/reports/gstr1?month=" + month + "&format=csv", superadmin);
        var badMonth = api.get("/api/finance/reports/gstr1?month=2026-13", superadmin);

        assertThat(report.status()).isEqualTo(200);
        assertThat(report.text("gstin")).isEqualTo("27AAPFU0939F1ZV");
        assertThat(report.body().path("b2b").get(0).path("ctin").asText()).isEqualTo(karnatakaGstin());
        assertThat(report.body().path("b2b").get(0).path("inv").get(0).path("itms").get(0).path("itm_det").path("iamt")
                .decimalValue()).isEqualByComparingTo("180.00");
        assertThat(report.body().path("b2cl").get(0).path("pos").asText()).isEqualTo("29");
        assertThat(report.body().path("b2cs").size()).isPositive();
        assertThat(report.body().path("hsn").path("data").get(0).path("hsn_sc").asText()).isEqualTo("999293");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.raw().body()).startsWith("section,counterparty_gstin,number");
        assertThat(badMonth.status()).isEqualTo(400);
        // The PDF jobs of the invoices above audit their renders and mails meanwhile: look past them.
        var log = api.get("/api/finance/audit-log?limit=200", superadmin);
        List<String> actions = new java.util.ArrayList<>();
        log.body().path("items").forEach(entry -> actions.add(entry.path("action").asText()));
        assertThat(actions).filteredOn("EXPORTED"::equals).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void theStateCodesAndTheSacMasterAreSeeded() {
        var states = api.get("/api/finance/gst-state-codes", superadmin).body();
        var sac = api.get("/api/finance/hsn-sac", superadmin).body();
        var added = api.post("/api/finance/hsn-sac", superadmin, json("code", "49011010", "description", "Printed books", "ratePercent", 0));
        var twice = api.post("/api/finance/hsn-sac", superadmin, json("code", "49011010", "description", "Printed books", "ratePercent", 0));

        List<String> codes = new ArrayList<>();
        states.forEach(s -> codes.add(s.path("code").asText()));
        assertThat(codes).contains("26", "37", "38", "96", "97").doesNotContain("28");
        assertThat(sac.get(0).path("code").asText()).isEqualTo("999293");
        assertThat(sac.get(0).path("ratePercent").asInt()).isEqualTo(18);
        assertThat(added.status()).isEqualTo(201);
        assertThat(twice.code()).isEqualTo("HSN_SAC_EXISTS");
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void twoServersOnOneDatabaseNumberThirtyTwoRacingIssuesWithoutAGapAndTheAuditPasses(@TempDir Path otherData) throws Exception {
        try (MasServer second = MasServer.start(SettingsReader.read(environment(otherData)))) {
            var other = new ApiClient(second.port());
            String otherToken = other.post("/api/auth/login", null, json("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD))
                    .text("accessToken");
            var counter = new java.util.concurrent.atomic.AtomicInteger();
            var responses = Race.of(32, () -> counter.getAndIncrement() % 2 == 0
                    ? issue(invoice("DRO", buyer("Asha Rao", "27", null), false, line(100_000)))
                    : other.post("/api/finance/invoices", otherToken, invoice("DRO", buyer("Asha Rao", "27", null), false, line(100_000))));

            assertThat(responses).allSatisfy(r -> assertThat(r.status()).isEqualTo(201));
        }
        var dro = new ArrayList<Long>();
        for (JsonNode item : api.get("/api/finance/invoices?series=DRO&limit=200", superadmin).body().path("items")) {
            String number = item.path("number").asText();
            dro.add(Long.parseLong(number.substring(number.lastIndexOf('/') + 1)));
        }
        dro.sort(Long::compare);
        assertThat(dro).containsExactlyElementsOf(IntStream.rangeClosed(1, dro.size()).mapToObj(n -> (long) n).toList());
        assertThat(dro).hasSizeGreaterThanOrEqualTo(32);
        var audit = app.module(InvoiceModule.class).auditInvoices.audit();
        assertThat(audit.mismatch()).isEmpty();
        assertThat(audit.invoices()).isGreaterThan(50);
    }

    private ApiClient.Response webhook(String body) {
        return api.send("POST", "/api/payments/razorpay/webhook", null, body, Map.of("X-Razorpay-Signature", hmac(WEBHOOK_SECRET, body)));
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
