package in.mrmentor.bootstrap;

import in.mrmentor.bootstrap.token.TokenModule;
import in.mrmentor.persistence.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import static in.mrmentor.bootstrap.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/** API.md "Mentorship" and the acceptance of issue 7, end to end over HTTP on PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlotsOverHttpTest {
    private static final String ADMIN_EMAIL = "root@mrmentor.test";
    private static final String ADMIN_PASSWORD = "bootstrap-admin-pass";
    private static final AtomicLong NEXT_HOUR = new AtomicLong(2);

    private static final String MEETING_SECRET = "meeting-provider-webhook-secret";

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
                Map.entry("DB_POOL_SIZE", "16"),
                Map.entry("ADMIN_EMAIL", ADMIN_EMAIL), Map.entry("ADMIN_PASSWORD", ADMIN_PASSWORD),
                Map.entry("STARTER_BUNDLE_MOCK", "1"), Map.entry("STARTER_BUNDLE_RESUME", "1"),
                Map.entry("MAX_SLOT_REQUESTS", "2"), Map.entry("MAX_RECORDING_MB", "4"),
                Map.entry("LIVEKIT_WEBHOOK_SECRET", MEETING_SECRET),
                // Every test signs up from 127.0.0.1; the per-address limit has its own test.
                Map.entry("AUTH_IP_MAX_PER_MINUTE", "10000"))));
        api = new ApiClient(app.port());
        admin = api.post("/api/auth/login", null, json("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD))
                .text("accessToken");
    }

    @AfterAll
    void stop() {
        app.close();
    }

    private record User(UUID id, String token) {
    }

    private User student(long paidTokens) {
        String email = "student-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var session = api.post("/api/auth/signup", null, json("email", email, "password", "correct-horse", "name", "Asha Rao"));
        assertThat(session.status()).isEqualTo(201);
        var user = new User(UUID.fromString(session.body().path("user").path("id").asText()), session.text("accessToken"));
        if (paidTokens > 0) {
            assertThat(api.post("/api/admin/tokens/grants", admin, json("userId", user.id().toString(), "account", "token",
                    "amount", paidTokens, "reason", "test")).status()).isEqualTo(201);
        }
        return user;
    }

    private User mentor(long tokenCost, long earningPaise) {
        String email = "mentor-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var created = api.post("/api/admin/users", admin, json("email", email, "password", "mentor-password",
                "name", "Meera Iyer", "role", "EXPERT"));
        assertThat(created.status()).isEqualTo(201);
        var session = api.post("/api/auth/login", null, json("email", email, "password", "mentor-password"));
        var mentor = new User(UUID.fromString(created.text("id")), session.text("accessToken"));
        var profile = api.send("PUT", "/api/mentor/profile", mentor.token(), "{\"bio\":\"Data engineer\","
                + "\"expertise\":[\"SQL\",\"Spark\"],\"tokenCost\":" + tokenCost + ",\"earningPerMeetingPaise\":"
                + earningPaise + "}");
        assertThat(profile.status()).isEqualTo(200);
        return mentor;
    }

    /** Each call a fresh hour in the future, so slots of one mentor never overlap by accident. */
    private static Instant nextStart() {
        return Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(NEXT_HOUR.getAndIncrement()));
    }

    private String offer(User mentor, Instant start) {
        var slot = api.post("/api/mentor/slots", mentor.token(), json("startDateTime", start.toString()));
        assertThat(slot.status()).as(slot.body().toString()).isEqualTo(201);
        return slot.text("id");
    }

    /**
     * A slot of {@code mentor} booked by {@code student} whose meeting has started by the time this
     * returns: completion is allowed from the start on (issue 11 item 4), and a slot is offered and
     * booked only before it.
     */
    private String startedMeeting(User mentor, User student) throws InterruptedException {
        Instant start = Instant.now().plusSeconds(3);
        String slotId = offer(mentor, start);
        assertThat(api.post("/api/slots/" + slotId + "/book", student.token(), null).status()).isEqualTo(200);
        while (!Instant.now().isAfter(start)) {
            Thread.sleep(50);
        }
        return slotId;
    }

    private ApiClient.Response wallet(User user) {
        return api.get("/api/tokens/wallet", user.token());
    }

    @Test
    void twelveStudentsRaceForOneSlotAndOnlyTheWinnerPaysThenAnAdminCancelRefundsTheSameAccounts() throws Exception {
        var mentor = mentor(2, 50_000);
        String slotId = offer(mentor, nextStart());
        List<User> students = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            students.add(student(3));
        }

        ExecutorService pool = Executors.newFixedThreadPool(12);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<ApiClient.Response>> answers = new ArrayList<>();
        for (User s : students) {
            Callable<ApiClient.Response> book = () -> {
                go.await();
                return api.post("/api/slots/" + slotId + "/book", s.token(), null);
            };
            answers.add(pool.submit(book));
        }
        go.countDown();
        List<ApiClient.Response> responses = new ArrayList<>();
        for (var answer : answers) {
            responses.add(answer.get());
        }
        pool.shutdown();

        assertThat(responses.stream().filter(r -> r.status() == 200)).hasSize(1);
        assertThat(responses.stream().filter(r -> r.status() == 409 && r.code().equals("SLOT_NOT_AVAILABLE"))).hasSize(11);
        int winnerIndex = responses.indexOf(responses.stream().filter(r -> r.status() == 200).findFirst().orElseThrow());
        var winner = students.get(winnerIndex);
        var booked = responses.get(winnerIndex);
        assertThat(booked.text("status")).isEqualTo("CONFIRMED");
        assertThat(booked.text("studentId")).isEqualTo(winner.id().toString());
        assertThat(booked.body().path("tokensSpent").asLong()).isEqualTo(2);
        for (int i = 0; i < students.size(); i++) {
            var w = wallet(students.get(i)).body();
            if (i == winnerIndex) {
                assertThat(w.path("promotionalToken").asLong()).as("promotional first").isZero();
                assertThat(w.path("token").asLong()).isEqualTo(2);
            } else {
                assertThat(w.path("promotionalToken").asLong()).isEqualTo(1);
                assertThat(w.path("token").asLong()).isEqualTo(3);
            }
        }

        var cancelled = api.post("/api/admin/slots/" + slotId + "/cancel", admin, json("reason", "mentor unwell"));
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.text("status")).isEqualTo("CANCELLED");
        var refunded = wallet(winner).body();
        assertThat(refunded.path("promotionalToken").asLong()).isEqualTo(1);
        assertThat(refunded.path("token").asLong()).isEqualTo(3);
        var again = api.post("/api/admin/slots/" + slotId + "/cancel", admin, json("reason", "twice"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("INVALID_TRANSITION");
        assertThat(wallet(winner).body().path("token").asLong()).as("refunded once").isEqualTo(3);
        assertThat(app.module(TokenModule.class).auditLedger.audit().healthy()).isTrue();
    }

    private ApiClient.Response book(User student, String slotId, String key) {
        return api.send("POST", "/api/slots/" + slotId + "/book", student.token(), null, Map.of("Idempotency-Key", key));
    }

    @Test
    void oneIdempotencyKeyBooksOneSlotAndIsRefusedOnAnother() {
        var mentor = mentor(1, 10_000);
        var learner = student(5);
        String first = offer(mentor, nextStart());
        String second = offer(mentor, nextStart());
        String key = UUID.randomUUID().toString();

        assertThat(book(learner, first, key).status()).isEqualTo(200);
        var elsewhere = book(learner, second, key);
        var retry = book(learner, first, key);

        assertThat(elsewhere.status()).isEqualTo(422);
        assertThat(elsewhere.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.raw().headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(wallet(learner).body().path("promotionalToken").asLong()
                + wallet(learner).body().path("token").asLong()).as("paid once").isEqualTo(5);
        assertThat(book(student(5), second, UUID.randomUUID().toString()).status()).as("still open").isEqualTo(200);
    }

    @Test
    void tenConcurrentBookingsOfTenSlotsWithOneKeyBookExactlyOne() throws Exception {
        var mentor = mentor(1, 10_000);
        var learner = student(20);
        List<String> slotIds = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            slotIds.add(offer(mentor, nextStart()));
        }
        String key = UUID.randomUUID().toString();

        ExecutorService pool = Executors.newFixedThreadPool(10);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<ApiClient.Response>> answers = new ArrayList<>();
        for (String slotId : slotIds) {
            answers.add(pool.submit(() -> {
                go.await();
                return book(learner, slotId, key);
            }));
        }
        go.countDown();
        List<ApiClient.Response> responses = new ArrayList<>();
        for (var answer : answers) {
            responses.add(answer.get());
        }
        pool.shutdown();

        assertThat(responses.stream().filter(r -> r.status() == 200)).hasSize(1);
        assertThat(responses.stream().filter(r -> r.status() == 422 && r.code().equals("IDEMPOTENCY_KEY_REUSED")))
                .hasSize(9);
        assertThat(wallet(learner).body().path("promotionalToken").asLong()
                + wallet(learner).body().path("token").asLong()).as("one booking paid").isEqualTo(20);
    }

    @Test
    void aStudentWhoCannotPayGets402AndTheSlotStaysOpen() {
        var mentor = mentor(5, 10_000);
        String slotId = offer(mentor, nextStart());
        var poor = student(0);

        var refused = api.post("/api/slots/" + slotId + "/book", poor.token(), null);

        assertThat(refused.status()).isEqualTo(402);
        assertThat(refused.code()).isEqualTo("INSUFFICIENT_TOKENS");
        assertThat(api.post("/api/slots/" + slotId + "/book", student(5).token(), null).status()).isEqualTo(200);
    }

    @Test
    void completingThreeTimesCreditsOnceAndWithdrawalsStayWithinTheBalance() throws Exception {
        var mentor = mentor(1, 35_000);
        var learner = student(2);
        String slotId = startedMeeting(mentor, learner);

        for (int i = 0; i < 3; i++) {
            var done = api.post("/api/slots/" + slotId + "/complete", i == 1 ? admin : mentor.token(), null);
            assertThat(done.status()).isEqualTo(200);
            assertThat(done.text("status")).isEqualTo("COMPLETED");
        }

        var earnings = api.get("/api/mentor/earnings", mentor.token());
        assertThat(earnings.body().path("balancePaise").asLong()).isEqualTo(35_000);
        assertThat(earnings.body().path("transactions")).hasSize(1);
        var tooMuch = api.post("/api/mentor/withdrawals", mentor.token(), json("amountPaise", 35_001));
        assertThat(tooMuch.status()).isEqualTo(409);
        assertThat(tooMuch.code()).isEqualTo("INSUFFICIENT_BALANCE");
        var withdrawal = api.post("/api/mentor/withdrawals", mentor.token(), json("amountPaise", 30_000));
        assertThat(withdrawal.status()).isEqualTo(201);
        assertThat(withdrawal.text("status")).isEqualTo("PENDING");
        var second = api.post("/api/mentor/withdrawals", mentor.token(), json("amountPaise", 5_001));
        assertThat(second.code()).as("pending withdrawals hold balance").isEqualTo("INSUFFICIENT_BALANCE");
        String id = withdrawal.text("id");
        assertThat(api.get("/api/admin/withdrawals?status=PENDING", admin).body().path("items").toString()).contains(id);
        assertThat(api.post("/api/admin/withdrawals/" + id + "/paid", admin, null).code()).isEqualTo("INVALID_TRANSITION");
        assertThat(api.post("/api/admin/withdrawals/" + id + "/approve", admin, null).text("status")).isEqualTo("APPROVED");
        assertThat(api.post("/api/admin/withdrawals/" + id + "/paid", admin, null).text("status")).isEqualTo("PAID");
        var after = api.get("/api/mentor/earnings", mentor.token()).body();
        assertThat(after.path("balancePaise").asLong()).isEqualTo(5_000);
        assertThat(after.path("pendingWithdrawalPaise").asLong()).isZero();

        var feedback = json("rating", 5, "experience", "Clear and practical", "comment", "Thanks");
        assertThat(api.post("/api/slots/" + slotId + "/feedback", learner.token(), feedback).status()).isEqualTo(201);
        var twice = api.post("/api/slots/" + slotId + "/feedback", learner.token(), feedback);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo("FEEDBACK_EXISTS");
    }

    private ApiClient.Response meetingEvent(String body, String signature) {
        return api.send("POST", "/api/meetings/events", null, body, Map.of("X-Meeting-Signature", signature));
    }

    private static String sign(String body) throws Exception {
        var mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(MEETING_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return java.util.HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aSignedMeetingEndedEventCompletesTheSlotAndCreditsTheMentorOnceHoweverOftenItComes() throws Exception {
        var mentor = mentor(1, 20_000);
        var learner = student(1);
        String slotId = startedMeeting(mentor, learner);
        String ended = json("event", "meeting_ended", "slotId", slotId);

        var forged = meetingEvent(ended, sign(ended.replace(slotId, UUID.randomUUID().toString())));
        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.code()).isEqualTo("INVALID_SIGNATURE");

        for (int i = 0; i < 2; i++) {
            var accepted = meetingEvent(ended, sign(ended));
            assertThat(accepted.status()).isEqualTo(200);
            assertThat(accepted.text("status")).isEqualTo("COMPLETED");
        }
        String joined = json("event", "participant_joined", "slotId", slotId);
        assertThat(meetingEvent(joined, sign(joined)).body().path("ignored").asBoolean()).isTrue();

        var earnings = api.get("/api/mentor/earnings", mentor.token()).body();
        assertThat(earnings.path("balancePaise").asLong()).isEqualTo(20_000);
        assertThat(earnings.path("transactions")).hasSize(1);
    }

    @Test
    void aMeetingTwoDaysAwayIsCompletedByNobodyButAnAdminWhoSaysWhy() throws Exception {
        var mentor = mentor(1, 20_000);
        var learner = student(1);
        String slotId = offer(mentor, Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofDays(2)));
        assertThat(api.post("/api/slots/" + slotId + "/book", learner.token(), null).status()).isEqualTo(200);
        String ended = json("event", "meeting_ended", "slotId", slotId);

        for (var refused : List.of(api.post("/api/slots/" + slotId + "/complete", mentor.token(), null),
                api.post("/api/slots/" + slotId + "/complete", mentor.token(), json("reason", "we met already")),
                api.post("/api/slots/" + slotId + "/complete", admin, null),
                meetingEvent(ended, sign(ended)))) {
            assertThat(refused.status()).as(refused.body().toString()).isEqualTo(409);
            assertThat(refused.code()).isEqualTo("MEETING_NOT_STARTED");
        }
        assertThat(api.get("/api/mentor/earnings", mentor.token()).body().path("balancePaise").asLong()).isZero();

        var early = api.post("/api/slots/" + slotId + "/complete", admin, json("reason", "Met earlier by phone"));

        assertThat(early.status()).as(early.body().toString()).isEqualTo(200);
        assertThat(early.text("status")).isEqualTo("COMPLETED");
        assertThat(api.get("/api/mentor/earnings", mentor.token()).body().path("balancePaise").asLong())
                .isEqualTo(20_000);
    }

    @Test
    void anExpertCannotBookAndOverlappingOrPastSlotsAreRefused() {
        var mentor = mentor(1, 0);
        var other = mentor(1, 0);
        Instant start = nextStart();
        String slotId = offer(mentor, start);

        assertThat(api.post("/api/slots/" + slotId + "/book", other.token(), null).status()).isEqualTo(403);
        var overlap = api.post("/api/mentor/slots", mentor.token(),
                json("startDateTime", start.plus(Duration.ofMinutes(15)).toString()));
        assertThat(overlap.status()).isEqualTo(409);
        assertThat(overlap.code()).isEqualTo("SLOT_OVERLAP");
        var past = api.post("/api/mentor/slots", mentor.token(), json("startDateTime", "2020-01-01T10:00:00Z"));
        assertThat(past.status()).isEqualTo(400);
        var listed = api.get("/api/mentors/" + mentor.id() + "/slots?status=TENTATIVE", student(0).token());
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body().path("items")).hasSize(1);
        String spare = offer(mentor, nextStart());
        assertThat(api.send("DELETE", "/api/mentor/slots/" + spare, other.token(), null).status()).isEqualTo(404);
        assertThat(api.send("DELETE", "/api/mentor/slots/" + spare, mentor.token(), null).status()).isEqualTo(204);
        assertThat(api.get("/api/mentors/" + mentor.id() + "/slots", other.token()).body().path("items")).hasSize(1);
        assertThat(api.get("/api/mentors", student(0).token()).body().path("items").toString()).contains(mentor.id().toString());
    }

    @Test
    void onlyTheSlotsStudentItsMentorAndAdminsSeeWhoBookedItOthersSeeThatItIsBooked() {
        // Issue 11 item 3: every USER listing a mentor's slots saw the studentId of every booking.
        var mentor = mentor(1, 0);
        var booker = student(1);
        var stranger = student(0);
        String slotId = offer(mentor, nextStart());
        assertThat(api.post("/api/slots/" + slotId + "/book", booker.token(), null).status()).isEqualTo(200);
        String path = "/api/mentors/" + mentor.id() + "/slots";

        for (String token : List.of(booker.token(), mentor.token(), admin)) {
            var seen = api.get(path, token).body().path("items").get(0);
            assertThat(seen.path("studentId").asText()).isEqualTo(booker.id().toString());
            assertThat(seen.path("booked").asBoolean()).isTrue();
        }
        var seenByStranger = api.get(path, stranger.token()).body().path("items").get(0);
        assertThat(seenByStranger.path("booked").asBoolean()).isTrue();
        assertThat(seenByStranger.path("studentId").isMissingNode() || seenByStranger.path("studentId").isNull()).isTrue();
        assertThat(seenByStranger.toString()).doesNotContain(booker.id().toString());
    }

    @Test
    void aRecordingUploadedByTheMentorIsReadBackByTheSlotsStudentOnly() throws Exception {
        var mentor = mentor(1, 0);
        var learner = student(1);
        String slotId = offer(mentor, nextStart());
        assertThat(api.post("/api/slots/" + slotId + "/book", learner.token(), null).status()).isEqualTo(200);

        var http = HttpClient.newHttpClient();
        var upload = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/slots/"
                        + slotId + "/recordings"))
                .header("Authorization", "Bearer " + mentor.token()).header("Content-Type", "video/webm")
                .POST(HttpRequest.BodyPublishers.ofByteArray("fake-webm-bytes".getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
        assertThat(upload.body()).contains("\"status\":\"UPLOADED\"").contains("\"sizeBytes\":15");
        String recordingId = upload.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

        var read = api.get("/api/slots/" + slotId + "/recordings/" + recordingId, learner.token());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.raw().body()).isEqualTo("fake-webm-bytes");
        assertThat(api.get("/api/slots/" + slotId + "/recordings/" + recordingId, student(0).token()).status())
                .isEqualTo(403);

        String path = "/api/slots/" + slotId + "/recordings/" + recordingId;
        assertThat(api.send("DELETE", path, learner.token(), null).status()).as("students may not delete").isEqualTo(403);
        assertThat(api.send("DELETE", path, mentor.token(), null).status()).isEqualTo(204);
        assertThat(api.get(path, learner.token()).status()).isEqualTo(404);
        var again = api.send("DELETE", path, mentor.token(), null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("INVALID_TRANSITION");
    }

    @Test
    void recordingsLargerThanTheJsonBodyLimitStreamThroughUpToTheirOwnLimit() throws Exception {
        var mentor = mentor(1, 0);
        var learner = student(1);
        String slotId = offer(mentor, nextStart());
        assertThat(api.post("/api/slots/" + slotId + "/book", learner.token(), null).status()).isEqualTo(200);
        var http = HttpClient.newHttpClient();
        byte[] threeMegabytes = new byte[3 * 1024 * 1024];
        new java.util.Random(7).nextBytes(threeMegabytes);
        java.util.function.Function<byte[], HttpResponse<String>> upload = bytes -> {
            try {
                return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/slots/"
                                + slotId + "/recordings"))
                        .header("Authorization", "Bearer " + mentor.token()).header("Content-Type", "video/webm")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), HttpResponse.BodyHandlers.ofString());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };

        var accepted = upload.apply(threeMegabytes);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        assertThat(accepted.body()).contains("\"sizeBytes\":" + threeMegabytes.length);
        String recordingId = accepted.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        var read = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/slots/" + slotId
                        + "/recordings/" + recordingId)).header("Authorization", "Bearer " + learner.token()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(read.body()).isEqualTo(threeMegabytes);

        var tooLarge = upload.apply(new byte[5 * 1024 * 1024]);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.body()).contains("PAYLOAD_TOO_LARGE");
    }

    @Test
    void slotRequestsAreCappedAndAnAcceptedOneIsBookedAndPaid() {
        var mentor = mentor(1, 0);
        var learner = student(1);
        var body = json("mentorId", mentor.id().toString(), "preferredStart", nextStart().toString(), "message", "hi");

        var first = api.post("/api/slot-requests", learner.token(), body);
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.text("status")).isEqualTo("MEETING_REQUESTED");
        assertThat(api.post("/api/slot-requests", learner.token(),
                json("mentorId", mentor.id().toString(), "preferredStart", nextStart().toString())).status()).isEqualTo(201);
        var third = api.post("/api/slot-requests", learner.token(),
                json("mentorId", mentor.id().toString(), "preferredStart", nextStart().toString()));
        assertThat(third.status()).isEqualTo(409);
        assertThat(third.code()).isEqualTo("TOO_MANY_REQUESTS");

        var listed = api.get("/api/mentor/slot-requests?status=MEETING_REQUESTED", mentor.token());
        assertThat(listed.body().path("items")).hasSize(2);
        String secondId = listed.body().path("items").get(1).path("id").asText();
        assertThat(api.post("/api/mentor/slot-requests/" + secondId + "/decline", mentor.token(), null).text("status"))
                .isEqualTo("DECLINED");
        var accepted = api.post("/api/mentor/slot-requests/" + first.text("id") + "/accept", mentor.token(), null);
        assertThat(accepted.status()).as(accepted.body().toString()).isEqualTo(200);
        assertThat(accepted.text("status")).isEqualTo("CONFIRMED");
        assertThat(accepted.text("studentId")).isEqualTo(learner.id().toString());
        assertThat(wallet(learner).body().path("promotionalToken").asLong()).isZero();
        assertThat(api.get("/api/slots/mine", learner.token()).body().path("items").get(0).path("id").asText())
                .isEqualTo(accepted.text("id"));

        var join = api.post("/api/slots/" + accepted.text("id") + "/join", learner.token(), null);
        assertThat(join.status()).isEqualTo(409);
        assertThat(join.code()).isEqualTo("JOIN_WINDOW_CLOSED");
        var cancellation = api.post("/api/slots/" + accepted.text("id") + "/cancellation-request", learner.token(),
                json("reason", "exam clash"));
        assertThat(cancellation.text("status")).isEqualTo("CANCELLATION_REQUESTED");
        assertThat(api.post("/api/slots/" + accepted.text("id") + "/complete", mentor.token(), null).code())
                .isEqualTo("INVALID_TRANSITION");
    }

    @Test
    void everyMentorAndSlotIsReachedPageByPageWhileMoreAreAddedAndATamperedCursorIsRefused() {
        var asker = student(0);
        List<String> mentors = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            mentors.add(mentor(1, 100).id().toString());
        }
        var withSlots = mentor(1, 100);
        List<String> slots = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            slots.add(offer(withSlots, nextStart()));
        }

        assertThat(walk("/api/mentors?limit=2", asker, () -> mentor(1, 100))).containsAll(mentors);
        assertThat(walk("/api/mentors/" + withSlots.id() + "/slots?limit=2", asker, () -> offer(withSlots, nextStart())))
                .containsAll(slots);

        String cursor = api.get("/api/mentors?limit=1", asker.token()).text("nextCursor");
        var tampered = api.get("/api/mentors?limit=1&cursor=" + cursor.substring(1) + "A", asker.token());
        assertThat(tampered.status()).isEqualTo(400);
        assertThat(tampered.text("code")).isEqualTo("VALIDATION_FAILED");
        assertThat(tampered.body().path("errors").toString()).contains("cursor");
    }

    /** Follows nextCursor to the end, adding an item before each page (a page must hold more than one, or a
     * list growing at its end never ends); every id must come once. */
    private List<String> walk(String firstPage, User caller, Runnable addOneMore) {
        List<String> seen = new ArrayList<>();
        String next = firstPage;
        while (next != null) {
            addOneMore.run();
            var page = api.get(next, caller.token());
            assertThat(page.status()).as(page.body().toString()).isEqualTo(200);
            page.body().path("items").forEach(item -> seen.add(item.path("id").asText()));
            var cursor = page.body().path("nextCursor");
            next = cursor.isNull() ? null : firstPage + "&cursor=" + cursor.asText();
            assertThat(seen.size()).as("pages walked").isLessThan(500);
        }
        assertThat(seen).doesNotHaveDuplicates();
        return seen;
    }
}
