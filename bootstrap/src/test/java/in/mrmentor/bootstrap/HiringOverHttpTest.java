package in.mrmentor.bootstrap;

import static in.mrmentor.bootstrap.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import in.mrmentor.persistence.testing.TestPostgres;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** HIRING.md and the acceptance of issue 14, end to end over HTTP on PostgreSQL, without an LLM key. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HiringOverHttpTest {
    private static final String ADMIN_EMAIL = "root@mrmentor.test";
    private static final String ADMIN_PASSWORD = "bootstrap-admin-pass";
    private static final String WEBHOOK_SECRET = "voice-interview-webhook-secret";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dataDir;

    private MasServer app;
    private ApiClient api;
    private String admin;
    private String recruiter;
    private String otherRecruiter;

    @BeforeAll
    void start() {
        String database = TestPostgres.get().freshDatabaseName();
        app = MasServer.start(SettingsReader.read(Map.ofEntries(
                Map.entry("MAS_DATA_DIR", dataDir.toString()), Map.entry("PORT", "0"), Map.entry("HOST", "127.0.0.1"),
                Map.entry("DATABASE_URL", TestPostgres.get().databaseUrl(database)),
                Map.entry("ADMIN_EMAIL", ADMIN_EMAIL), Map.entry("ADMIN_PASSWORD", ADMIN_PASSWORD),
                Map.entry("MR_HIRE_WEBHOOK_SECRET", WEBHOOK_SECRET),
                Map.entry("MAX_RESUME_MB", "1"), Map.entry("HIRE_APPLY_RATE_PER_MINUTE", "1000"),
                Map.entry("AUTH_IP_MAX_PER_MINUTE", "10000"))));
        api = new ApiClient(app.port());
        admin = api.post("/api/auth/login", null, json("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD))
                .text("accessToken");
        recruiter = recruiter();
        otherRecruiter = recruiter();
    }

    @AfterAll
    void stop() {
        app.close();
    }

    private String recruiter() {
        String email = "recruiter-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var created = api.post("/api/admin/users", admin, json("email", email, "password", "recruiter-password",
                "name", "Priya Shah", "role", "RECRUITER"));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return api.post("/api/auth/login", null, json("email", email, "password", "recruiter-password")).text("accessToken");
    }

    private String activeJob(String token) {
        var job = api.post("/api/hire/jobs", token, "{\"title\":\"Backend engineer\",\"description\":\"Java services\","
                + "\"location\":\"Bengaluru\",\"employmentType\":\"FULL_TIME\",\"skills\":[\"java\",\"postgresql\","
                + "\"docker\",\"kafka\"],\"salaryMinPaise\":100000000,\"salaryMaxPaise\":200000000}");
        assertThat(job.status()).as(job.body().toString()).isEqualTo(201);
        assertThat(job.text("status")).isEqualTo("draft");
        String id = job.text("id");
        var active = api.post("/api/hire/jobs/" + id + "/status", token, json("status", "active"));
        assertThat(active.text("status")).isEqualTo("active");
        return id;
    }

    static byte[] pdf(String... lines) {
        try (PDDocument document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(50, 700);
                for (String line : lines) {
                    content.showText(line);
                    content.newLineAtOffset(0, -16);
                }
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ApiClient.Response apply(String jobId, String name, String email, String phone, byte[] resume) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("email", email);
        fields.put("phone", phone);
        return multipart("/api/hire/jobs/" + jobId + "/applications", fields, resume);
    }

    private ApiClient.Response multipart(String path, Map<String, String> fields, byte[] file) {
        return multipart(path, fields, file, null);
    }

    private ApiClient.Response multipart(String path, Map<String, String> fields, byte[] file, String platform) {
        String boundary = "----hire" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        if (file != null) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"resume\"; filename=\"cv.pdf\"\r\n"
                    + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (platform != null) {
            request.header("x-platform", platform);
        }
        return raw(request.build());
    }

    private static ApiClient.Response raw(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isBlank() || !response.headers().firstValue("Content-Type").orElse("")
                    .contains("json") ? JSON.createObjectNode() : JSON.readTree(response.body());
            return new ApiClient.Response(response.statusCode(), body, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> statusesOf(String jobId, String token) {
        var list = api.get("/api/hire/jobs/" + jobId + "/applications", token);
        assertThat(list.status()).isEqualTo(200);
        Map<String, String> statuses = new HashMap<>();
        list.body().path("items").forEach(item -> statuses.put(item.path("name").asText(), item.path("status").asText()));
        return statuses;
    }

    private Map<String, String> awaitDecided(String jobId, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Map<String, String> statuses = statusesOf(jobId, recruiter);
        while (System.nanoTime() < deadline && (statuses.size() < count
                || !statuses.values().stream().allMatch(s -> s.equals("shortlisted") || s.equals("talent_pool")))) {
            Thread.sleep(200);
            statuses = statusesOf(jobId, recruiter);
        }
        return statuses;
    }

    @Test
    void acceptance() throws InterruptedException {
        assertThat(api.post("/api/admin/system-config", admin, json("key", "global_auto_screen_on_apply", "value", "true"))
                .status()).isBetween(200, 201);
        String job = activeJob(recruiter);
        byte[] strong = pdf("Asha Rao", "Senior backend engineer, 8 years of experience",
                "Skills: Java, PostgreSQL, Docker, Kafka");
        byte[] weak = pdf("Ravi Kumar", "Accountant", "Skills: Excel, Tally", "1 year of experience");
        String[][] candidates = {
                {"Asha Rao", "asha@example.com", "98765 43210"},
                {"Ravi Kumar", "ravi@example.com", "+91 91234 56789"},
                {"Meera Iyer", "meera@example.com", "09000000003"},
                {"Kavya Nair", "kavya@example.com", "9000000004"},
                {"Arjun Mehta", "arjun@example.com", "9000000005"}};
        String strongId = null;
        for (String[] candidate : candidates) {
            byte[] resume = candidate[0].equals("Ravi Kumar") ? weak : candidate[0].equals("Asha Rao") ? strong
                    : pdf(candidate[0], "Developer: Java and Docker", "3 years of experience");
            var applied = apply(job, candidate[0], candidate[1], candidate[2], resume);
            assertThat(applied.status()).as(applied.body().toString()).isEqualTo(201);
            assertThat(applied.text("status")).isEqualTo("resume_received");
            if (candidate[0].equals("Asha Rao")) {
                strongId = applied.text("id");
            }
        }
        var duplicate = apply(job, "Asha R.", "asha.rao@example.com", "+91-98765-43210", strong);
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.code()).isEqualTo("DUPLICATE_APPLICATION");
        assertThat(duplicate.text("existingApplicationId")).isEqualTo(strongId);

        var statuses = awaitDecided(job, 5);
        assertThat(statuses).hasSize(5).containsEntry("Asha Rao", "shortlisted").containsEntry("Ravi Kumar", "talent_pool");
        assertThat(statuses.values()).allMatch(s -> s.equals("shortlisted") || s.equals("talent_pool"));

        var details = api.get("/api/hire/applications/" + strongId, recruiter);
        assertThat(details.body().path("analysis").path("analyzer").asText()).isEqualTo("local");
        assertThat(details.body().path("screening").path("score").asInt()).isGreaterThanOrEqualTo(60);
        assertThat(details.body().path("history")).extracting(h -> h.path("to").asText())
                .containsExactly("resume_received", "resume_parsed", "scoring_complete", "shortlisted");
        var resume = api.get("/api/hire/applications/" + strongId + "/resume", recruiter);
        assertThat(resume.status()).isEqualTo(200);
        assertThat(resume.raw().body()).startsWith("%PDF-");

        // Another recruiter: the posts and applications do not exist for them; the pool is shared, without contacts.
        assertThat(api.get("/api/hire/jobs/" + job + "/applications", otherRecruiter).code()).isEqualTo("JOB_POST_NOT_FOUND");
        assertThat(api.get("/api/hire/applications/" + strongId, otherRecruiter).code()).isEqualTo("APPLICATION_NOT_FOUND");
        assertThat(api.get("/api/hire/applications/" + strongId + "/resume", otherRecruiter).status()).isEqualTo(404);
        assertThat(api.post("/api/hire/jobs/" + job + "/status", otherRecruiter, json("status", "paused")).status())
                .isEqualTo(404);
        var pool = api.get("/api/hire/talent-pool", otherRecruiter);
        assertThat(pool.status()).isEqualTo(200);
        assertThat(pool.body().path("items")).extracting(e -> e.path("name").asText()).contains("Ravi Kumar");
        assertThat(pool.raw().body()).doesNotContain("ravi@example.com").doesNotContain("+919123456789");

        // A quiz link works once, and its page carries no answers.
        var template = api.post("/api/hire/quiz-templates", recruiter, "{\"title\":\"Basics\",\"questions\":[{\"text\":"
                + "\"2+2?\",\"options\":[\"3\",\"4\"],\"correctIndex\":1},{\"text\":\"SQL is?\",\"options\":[\"a query "
                + "language\",\"a fruit\"],\"correctIndex\":0}]}");
        assertThat(template.status()).as(template.body().toString()).isEqualTo(201);
        var invitation = api.post("/api/hire/applications/" + strongId + "/quiz-invitations", recruiter,
                json("quizTemplateId", template.text("id")));
        assertThat(invitation.status()).as(invitation.body().toString()).isEqualTo(201);
        String token = invitation.text("link").substring(invitation.text("link").lastIndexOf('/') + 1);
        var page = api.get("/api/hire/quiz/" + token, null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw().body()).doesNotContain("correctIndex");
        String firstQuestion = page.body().path("questions").path(0).path("id").asText();
        String answers = "{\"answers\":[{\"questionId\":\"" + firstQuestion + "\",\"optionIndex\":1}]}";
        var stale = api.post("/api/hire/quiz/" + token, null,
                "{\"answers\":[{\"questionId\":\"" + UUID.randomUUID() + "\",\"optionIndex\":1}]}");
        assertThat(stale.status()).as("an answer to a question this quiz does not ask spends no submission")
                .isEqualTo(400);
        assertThat(stale.body().path("errors").toString()).contains("answers[0].questionId");
        var submitted = api.post("/api/hire/quiz/" + token, null, answers);
        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.body().path("scorePercent").asInt()).isEqualTo(50);
        assertThat(api.post("/api/hire/quiz/" + token, null, answers).code()).isEqualTo("QUIZ_ALREADY_SUBMITTED");
        int middle = token.length() / 2;
        String tampered = token.substring(0, middle) + (token.charAt(middle) == 'x' ? 'y' : 'x')
                + token.substring(middle + 1);
        assertThat(api.get("/api/hire/quiz/" + tampered, null).code()).isEqualTo("QUIZ_LINK_INVALID");
        assertThat(api.get("/api/hire/applications/" + strongId, recruiter).body().path("application").path("status")
                .asText()).isEqualTo("shortlisted");
    }

    @Test
    void aPostOfAnotherTenantTakesNoApplicationThroughThisOne() {
        var job = api.send("POST", "/api/hire/jobs", recruiter, "{\"title\":\"Analyst\",\"description\":\"SQL\","
                + "\"location\":\"Pune\",\"employmentType\":\"FULL_TIME\",\"skills\":[\"sql\"]}",
                Map.of("x-platform", "my-analytics-school"));
        assertThat(job.status()).as(job.body().toString()).isEqualTo(201);
        String id = job.text("id");
        api.send("POST", "/api/hire/jobs/" + id + "/status", recruiter, json("status", "active"),
                Map.of("x-platform", "my-analytics-school"));
        Map<String, String> fields = new LinkedHashMap<>(Map.of("name", "Asha", "email", "tenant@example.com",
                "phone", "9000000301"));

        var elsewhere = multipart("/api/hire/jobs/" + id + "/applications", fields, pdf("Asha", "SQL"));
        var here = multipart("/api/hire/jobs/" + id + "/applications", fields, pdf("Asha", "SQL"), "my-analytics-school");

        assertThat(api.get("/api/hire/jobs/" + id, null).status()).as("invisible to mr-mentor").isEqualTo(404);
        assertThat(elsewhere.status()).as(elsewhere.body().toString()).isEqualTo(404);
        assertThat(elsewhere.code()).isEqualTo("JOB_POST_NOT_FOUND");
        assertThat(here.status()).as(here.body().toString()).isEqualTo(201);
    }

    @Test
    void badUploadsAreRefusedAndStoreNothing() {
        String job = activeJob(recruiter);
        var png = apply(job, "Asha", "png@example.com", "9000000101", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        assertThat(png.status()).isEqualTo(415);
        assertThat(png.code()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        var tooLarge = apply(job, "Asha", "big@example.com", "9000000102", new byte[2 * 1024 * 1024]);
        assertThat(tooLarge.status()).isEqualTo(413);
        var missing = apply(job, "", "not-an-email", "12", null);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().path("errors")).extracting(e -> e.path("field").asText())
                .contains("name", "email", "phone", "resume");
        var asJson = api.post("/api/hire/jobs/" + job + "/applications", null, "{}");
        assertThat(asJson.status()).isEqualTo(415);
        var control = apply(job, "Asha\u0000", "ctl@example.com", "9000000103", pdf("x"));
        assertThat(control.status()).isEqualTo(400);
        assertThat(api.get("/api/hire/jobs/" + job + "/applications", recruiter).body().path("items")).isEmpty();
        var badJob = api.post("/api/hire/jobs", recruiter, "{\"title\":\"\",\"employmentType\":\"SOMETIMES\","
                + "\"skills\":[],\"salaryMinPaise\":\"ten\",\"screeningThreshold\":101}");
        assertThat(badJob.status()).isEqualTo(400);
        assertThat(badJob.body().path("errors")).extracting(e -> e.path("field").asText())
                .contains("employmentType", "salaryMinPaise");
        assertThat(api.post("/api/hire/jobs", null, "{}").status()).isEqualTo(401);
        var student = api.post("/api/auth/signup", null, json("email", "s-" + UUID.randomUUID() + "@example.com",
                "password", "correct-horse", "name", "Student")).text("accessToken");
        assertThat(api.post("/api/hire/jobs", student, "{}").status()).isEqualTo(403);
    }

    @Test
    void interviewEventsAreSignedOrderedAndIdempotent() throws Exception {
        String job = activeJob(recruiter);
        String id = apply(job, "Dev Patel", "dev@example.com", "9000000201", pdf("Dev Patel", "Java")).text("id");
        String second = "{\"eventId\":\"e2\",\"applicationId\":\"" + id + "\",\"type\":\"message\",\"role\":\"candidate\","
                + "\"text\":\"I build Java services.\",\"at\":\"2026-12-01T10:00:05Z\"}";
        String first = "{\"eventId\":\"e1\",\"applicationId\":\"" + id + "\",\"type\":\"message\",\"role\":\"agent\","
                + "\"text\":\"Tell me about your work.\",\"at\":\"2026-12-01T10:00:00Z\"}";
        String done = "{\"eventId\":\"e3\",\"applicationId\":\"" + id + "\",\"type\":\"completed\",\"at\":\"2026-12-01T10:10:00Z\"}";
        for (String event : List.of(second, first, first, done, done)) {
            var answer = api.send("POST", "/api/hire/voice-interviews/events", null, event,
                    Map.of("X-Signature", sign(event)));
            assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        }
        assertThat(api.send("POST", "/api/hire/voice-interviews/events", null, first, Map.of("X-Signature", "00")).status())
                .isEqualTo(401);
        var details = api.get("/api/hire/applications/" + id, recruiter).body();
        assertThat(details.path("transcript")).extracting(t -> t.path("text").asText())
                .containsExactly("Tell me about your work.", "I build Java services.");
        assertThat(details.path("application").path("status").asText()).isEqualTo("voice_interview_completed");
        assertThat(details.path("history")).hasSize(2);
    }

    @Test
    void aDraftIsSeenByItsOwnerOnlyAndAFailedScreeningSaysWhyThenGoesDead() throws Exception {
        var draft = api.post("/api/hire/jobs", recruiter, "{\"title\":\"Data analyst\",\"description\":\"SQL\","
                + "\"location\":\"Pune\",\"employmentType\":\"CONTRACT\",\"skills\":[\"sql\"],\"autoScreen\":true}");
        String id = draft.text("id");
        assertThat(api.get("/api/hire/jobs/" + id, recruiter).text("status")).isEqualTo("draft");
        assertThat(api.get("/api/hire/jobs/" + id, admin).status()).isEqualTo(200);
        assertThat(api.get("/api/hire/jobs/" + id, null).code()).isEqualTo("JOB_POST_NOT_FOUND");
        assertThat(api.get("/api/hire/jobs/" + id, otherRecruiter).code()).isEqualTo("JOB_POST_NOT_FOUND");
        assertThat(api.get("/api/hire/jobs/" + id, "not-a-token").code()).isEqualTo("JOB_POST_NOT_FOUND");
        assertThat(apply(id, "Early Bird", "early@example.com", "9000000301", pdf("x")).code()).isEqualTo("JOB_NOT_OPEN");
        api.post("/api/hire/jobs/" + id + "/status", recruiter, json("status", "active"));
        assertThat(api.get("/api/hire/jobs/" + id, null).text("status")).isEqualTo("active");
        assertThat(api.get("/api/hire/jobs?q=analyst", null).body().path("items")).extracting(j -> j.path("id").asText())
                .contains(id);

        byte[] broken = "%PDF-1.7 this is no PDF at all".getBytes(StandardCharsets.US_ASCII);
        String application = apply(id, "Broken File", "broken@example.com", "9000000302", broken).text("id");
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        JsonNode details = api.get("/api/hire/applications/" + application, recruiter).body();
        while (System.nanoTime() < deadline && details.path("application").path("screeningError").isNull()) {
            Thread.sleep(200);
            details = api.get("/api/hire/applications/" + application, recruiter).body();
        }
        assertThat(details.path("application").path("screeningError").asText()).contains("PDF cannot be read");
        assertThat(details.path("application").path("status").asText()).isEqualTo("resume_received");
        assertThat(details.path("history")).hasSize(1);
        JsonNode dead = api.get("/api/admin/queues/resumeAnalysis/dead", admin).body();
        while (System.nanoTime() < deadline && dead.path("items").isEmpty()) {
            Thread.sleep(500);
            dead = api.get("/api/admin/queues/resumeAnalysis/dead", admin).body();
        }
        assertThat(dead.path("items").toString()).contains(application).contains("PDF cannot be read");
        assertThat(api.get("/api/hire/applications/" + application, recruiter).body().path("application")
                .path("status").asText()).isEqualTo("resume_received");
    }

    private static String sign(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
