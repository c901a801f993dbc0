package in.mrmentor.bootstrap;

import in.mrmentor.persistence.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import static in.mrmentor.bootstrap.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Issue 13's acceptance for notifications, email templates and the mentorship reads, over HTTP on PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompletingMentorshipOverHttpTest {
    private static final String ADMIN_EMAIL = "root@mrmentor.test";
    private static final String ADMIN_PASSWORD = "bootstrap-admin-pass";
    private static final AtomicLong NEXT_HOUR = new AtomicLong(2);

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
                Map.entry("MAX_FREE_MEETINGS_PER_STUDENT", "1"),
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

    private User mentor(long tokenCost) {
        String email = "mentor-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        var created = api.post("/api/admin/users", admin, json("email", email, "password", "mentor-password",
                "name", "Meera Iyer", "role", "EXPERT"));
        assertThat(created.status()).isEqualTo(201);
        var session = api.post("/api/auth/login", null, json("email", email, "password", "mentor-password"));
        var mentor = new User(UUID.fromString(created.text("id")), session.text("accessToken"));
        var profile = api.send("PUT", "/api/mentor/profile", mentor.token(), "{\"bio\":\"Data engineer at a bank\","
                + "\"expertise\":[\"SQL\"],\"tokenCost\":" + tokenCost + ",\"earningPerMeetingPaise\":1000}");
        assertThat(profile.status()).as(profile.body().toString()).isEqualTo(200);
        return mentor;
    }

    private static Instant nextStart() {
        return Instant.now().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(NEXT_HOUR.getAndIncrement()));
    }

    private String offer(User mentor, Instant start) {
        var slot = api.post("/api/mentor/slots", mentor.token(), json("startDateTime", start.toString()));
        assertThat(slot.status()).as(slot.body().toString()).isEqualTo(201);
        return slot.text("id");
    }

    @Test
    void bookingPutsANotificationInBothInboxesAndReadingItLowersTheUnreadCount() {
        var mentor = mentor(1);
        var student = student(2);
        String slotId = offer(mentor, nextStart());

        assertThat(api.post("/api/slots/" + slotId + "/book", student.token(), null).status()).isEqualTo(200);

        for (var user : new User[] {student, mentor}) {
            var inbox = api.get("/api/notifications", user.token());
            assertThat(inbox.status()).isEqualTo(200);
            assertThat(inbox.body().path("unreadCount").asLong()).isEqualTo(1);
            var item = inbox.body().path("items").get(0);
            assertThat(item.path("type").asText()).isEqualTo("BOOKING_CONFIRMED");
            assertThat(item.path("category").asText()).isEqualTo("MEETING");
            assertThat(item.path("link").asText()).isEqualTo("/slots/" + slotId);
        }
        String id = api.get("/api/notifications", student.token()).body().path("items").get(0).path("id").asText();

        assertThat(api.post("/api/notifications/" + id + "/read", mentor.token(), null).code())
                .isEqualTo("NOTIFICATION_NOT_FOUND");
        assertThat(api.post("/api/notifications/" + id + "/read", student.token(), null).status()).isEqualTo(204);

        var after = api.get("/api/notifications", student.token()).body();
        assertThat(after.path("unreadCount").asLong()).isZero();
        assertThat(after.path("items").get(0).path("readAt").asText()).isNotBlank();
        assertThat(api.get("/api/notifications?unread=true", student.token()).body().path("items")).isEmpty();
        assertThat(api.get("/api/notifications?unread=maybe", student.token()).status()).isEqualTo(400);
        assertThat(api.post("/api/notifications/read-all", mentor.token(), null).status()).isEqualTo(204);
        assertThat(api.get("/api/notifications", mentor.token()).body().path("unreadCount").asLong()).isZero();
    }

    @Test
    void anAdminOverridesTheBookingMailsSubjectTheNextMailUsesItAndAnUnknownVariableIsRefused() {
        var list = api.get("/api/admin/email-templates", admin);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().findValuesAsText("name")).contains("slot-confirmed", "slot-cancelled");
        var confirmed = list.body().get(0);
        assertThat(confirmed.path("default").path("subject").asText()).startsWith("Your Mr. Mentor meeting");
        assertThat(confirmed.path("required").toString()).contains("actionUrl");
        assertThat(confirmed.path("variables").toString()).contains("start", "slotId");

        var unknown = api.send("PUT", "/api/admin/email-templates/slot-confirmed", admin,
                json("subject", "Booked {{start}} with {{mentorPhone}}", "text", "Hi {{name}} {{actionUrl}}"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().toString()).contains("mentorPhone");
        var missingRequired = api.send("PUT", "/api/admin/email-templates/slot-confirmed", admin,
                json("subject", "Booked", "text", "Hi {{name}}"));
        assertThat(missingRequired.status()).isEqualTo(400);
        assertThat(missingRequired.body().toString()).contains("actionUrl");
        assertThat(api.send("PUT", "/api/admin/email-templates/no-such-mail", admin,
                json("subject", "x", "text", "y")).code()).isEqualTo("EMAIL_TEMPLATE_NOT_FOUND");

        var saved = api.send("PUT", "/api/admin/email-templates/slot-confirmed", admin, json("subject",
                "Booked: {{start}} with {{other}}", "html", "<p>Hi {{name}}</p>", "text", "Hi {{name}}, cancel: {{actionUrl}}"));
        assertThat(saved.status()).as(saved.body().toString()).isEqualTo(200);
        var preview = api.post("/api/admin/email-templates/slot-confirmed/preview", admin,
                "{\"variables\":{\"start\":\"tomorrow\",\"other\":\"A & B\",\"name\":\"<Asha>\"}}");
        assertThat(preview.text("subject")).isEqualTo("Booked: tomorrow with A & B");
        assertThat(preview.text("html")).isEqualTo("<p>Hi &lt;Asha&gt;</p>");
        assertThat(preview.text("text")).isEqualTo("Hi <Asha>, cancel: ");

        var mentor = mentor(1);
        var student = student(1);
        assertThat(api.post("/api/slots/" + offer(mentor, nextStart()) + "/book", student.token(), null).status())
                .isEqualTo(200);
        var outbox = api.get("/api/admin/outbox?limit=2", admin).body().path("items");
        assertThat(outbox.get(0).path("subject").asText()).startsWith("Booked: ");
        assertThat(outbox.get(1).path("subject").asText()).startsWith("Booked: ");

        assertThat(api.send("DELETE", "/api/admin/email-templates/slot-confirmed", admin, null).status()).isEqualTo(204);
        assertThat(api.post("/api/admin/email-templates/slot-confirmed/preview", admin, null).text("subject"))
                .startsWith("Your Mr. Mentor meeting on");
        assertThat(api.get("/api/admin/email-templates", student.token()).status()).isEqualTo(403);
    }

    @Test
    void theCodeMailsAndTheQuizInvitationAreOverridableButMustKeepTheirCodeOrLink() {
        var names = api.get("/api/admin/email-templates", admin).body().findValuesAsText("name");
        assertThat(names).contains("identity.otp", "identity.password-reset", "hiring.quiz-invitation");
        for (String name : List.of("identity.otp", "identity.password-reset")) {
            var withoutCode = api.send("PUT", "/api/admin/email-templates/" + name, admin,
                    json("subject", "Your code", "text", "Valid for {{minutes}} minutes"));
            assertThat(withoutCode.status()).as(name).isEqualTo(400);
            assertThat(withoutCode.body().toString()).contains("code");
        }
        assertThat(api.send("PUT", "/api/admin/email-templates/hiring.quiz-invitation", admin,
                json("subject", "Quiz", "text", "Hello {{name}}")).status()).isEqualTo(400);

        assertThat(api.send("PUT", "/api/admin/email-templates/identity.otp", admin,
                json("subject", "MAS code for you", "text", "Code: {{code}} ({{minutes}} min)")).status()).isEqualTo(200);
        assertThat(api.post("/api/auth/otp/request", null, json("email", ADMIN_EMAIL)).status()).isEqualTo(202);
        var newest = api.get("/api/admin/outbox?limit=1", admin).body().path("items").get(0);
        assertThat(newest.path("subject").asText()).isEqualTo("MAS code for you");
        var shown = api.get("/api/admin/outbox/" + newest.path("id").asText(), admin).body();
        assertThat(shown.path("textBody").asText()).matches("(?s)Code: \\d{6} \\(\\d+ min\\)\\s*");
        assertThat(api.send("DELETE", "/api/admin/email-templates/identity.otp", admin, null).status()).isEqualTo(204);
    }

    @Test
    void aMentorsPageShowsTheBioAndAverageRatingAndTheMentorSeesOneMoreProfileView() throws Exception {
        var mentor = mentor(1);
        var student = student(1);
        Instant start = Instant.now().plusSeconds(3);
        String slotId = offer(mentor, start);
        assertThat(api.post("/api/slots/" + slotId + "/book", student.token(), null).status()).isEqualTo(200);
        while (!Instant.now().isAfter(start)) {
            Thread.sleep(50);
        }
        assertThat(api.post("/api/slots/" + slotId + "/complete", mentor.token(), null).status()).isEqualTo(200);
        assertThat(api.post("/api/slots/" + slotId + "/feedback", student.token(),
                json("rating", 4, "experience", "Useful")).status()).isEqualTo(201);
        long before = api.get("/api/mentor/profile-views", mentor.token()).body().path("total").asLong();

        var page = api.get("/api/mentors/" + mentor.id(), student.token());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text("bio")).isEqualTo("Data engineer at a bank");
        assertThat(page.text("name")).isEqualTo("Meera Iyer");
        assertThat(page.body().path("ratingAverage").asDouble()).isEqualTo(4.0);
        assertThat(page.body().path("ratingCount").asLong()).isEqualTo(1);
        assertThat(page.body().path("completedMeetings").asLong()).isEqualTo(1);
        var views = api.get("/api/mentor/profile-views", mentor.token()).body();
        assertThat(views.path("total").asLong()).isEqualTo(before + 1);
        assertThat(views.path("uniqueViewers").asLong()).isEqualTo(1);
        assertThat(views.path("byDay").get(0).path("views").asLong()).isEqualTo(1);
        assertThat(api.get("/api/mentor/profile", mentor.token()).text("bio")).isEqualTo("Data engineer at a bank");
        assertThat(api.get("/api/mentors/" + UUID.randomUUID(), student.token()).code()).isEqualTo("MENTOR_NOT_FOUND");
        assertThat(api.get("/api/mentors/" + student.id(), student.token()).code()).isEqualTo("MENTOR_NOT_FOUND");
    }

    @Test
    void aStudentWithdrawsAnOpenSlotRequestOnceAndNobodyElseCan() {
        var mentor = mentor(1);
        var student = student(1);
        var request = api.post("/api/slot-requests", student.token(), json("mentorId", mentor.id().toString(),
                "preferredStart", nextStart().toString()));
        assertThat(request.status()).isEqualTo(201);
        String id = request.text("id");

        assertThat(api.send("DELETE", "/api/slot-requests/" + id, student(0).token(), null).code())
                .isEqualTo("SLOT_REQUEST_NOT_FOUND");
        assertThat(api.send("DELETE", "/api/slot-requests/" + id, student.token(), null).status()).isEqualTo(204);
        assertThat(api.send("DELETE", "/api/slot-requests/" + id, student.token(), null).code()).isEqualTo("ALREADY_DECIDED");

        var mine = api.get("/api/slot-requests/mine?status=WITHDRAWN", student.token()).body().path("items");
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).path("id").asText()).isEqualTo(id);
        assertThat(api.get("/api/slot-requests/mine?status=MEETING_REQUESTED", student.token()).body().path("items"))
                .isEmpty();
    }

    @Test
    void anAdminListsTheSlotsWaitingOnACancellationRequest() {
        var mentor = mentor(1);
        var student = student(1);
        String slotId = offer(mentor, nextStart());
        api.post("/api/slots/" + slotId + "/book", student.token(), null);
        assertThat(api.post("/api/slots/" + slotId + "/cancellation-request", student.token(),
                json("reason", "exam clash")).status()).isEqualTo(200);

        var waiting = api.get("/api/admin/slots?status=CANCELLATION_REQUESTED&mentorId=" + mentor.id(), admin);

        assertThat(waiting.status()).isEqualTo(200);
        assertThat(waiting.body().findValuesAsText("id")).containsExactly(slotId);
        assertThat(api.get("/api/notifications?unread=true", mentor.token()).body().findValuesAsText("type"))
                .contains("CANCELLATION_REQUESTED");
        assertThat(api.get("/api/admin/slots?mentorId=nope", admin).status()).isEqualTo(400);
        assertThat(api.get("/api/admin/slots", student.token()).status()).isEqualTo(403);
    }

    @Test
    void joinWindowClosedSaysWhenTheWindowOpensAndCloses() {
        var mentor = mentor(1);
        var student = student(1);
        Instant start = nextStart().plus(Duration.ofDays(3));
        String slotId = offer(mentor, start);
        api.post("/api/slots/" + slotId + "/book", student.token(), null);

        var refused = api.post("/api/slots/" + slotId + "/join", student.token(), null);

        assertThat(refused.code()).isEqualTo("JOIN_WINDOW_CLOSED");
        assertThat(Instant.parse(refused.text("opensAt"))).isEqualTo(start.minus(Duration.ofMinutes(5)));
        assertThat(Instant.parse(refused.text("closesAt"))).isEqualTo(start.plus(Duration.ofMinutes(30)));
    }

    @Test
    void theTenantRegistryIsPublicAndEachMailCarriesItsTenantsSender() {
        var platforms = api.get("/api/platforms", null);
        assertThat(platforms.status()).isEqualTo(200);
        assertThat(platforms.body().findValuesAsText("code")).containsExactly("mr-mentor", "my-analytics-school");
        assertThat(platforms.body().get(1).path("mailFrom").asText()).isEqualTo("noreply@myanalyticsschool.com");
        assertThat(api.send("GET", "/api/platforms", null, null, Map.of("x-platform", "elsewhere")).code())
                .isEqualTo("UNKNOWN_PLATFORM");

        var mentor = mentor(1);
        var student = student(1);
        var booked = api.send("POST", "/api/slots/" + offer(mentor, nextStart()) + "/book", student.token(), null,
                Map.of("x-platform", "my-analytics-school"));
        assertThat(booked.status()).isEqualTo(200);

        assertThat(app.platform().outbox().newest(2)).allSatisfy(entry -> {
            assertThat(entry.email().fromAddress()).isEqualTo("noreply@myanalyticsschool.com");
            assertThat(entry.email().fromName()).isEqualTo("My Analytics School");
        });
    }

    @Test
    void aStudentHoldsAtMostTheConfiguredNumberOfFreeMeetings() {
        var mentor = mentor(0);
        var student = student(0);

        assertThat(api.post("/api/slots/" + offer(mentor, nextStart()) + "/book", student.token(), null).status())
                .isEqualTo(200);
        var second = api.post("/api/slots/" + offer(mentor, nextStart()) + "/book", student.token(), null);

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.code()).isEqualTo("FREE_MEETING_LIMIT");
        assertThat(api.post("/api/slots/" + offer(mentor(0), nextStart()) + "/book", student(0).token(), null).status())
                .isEqualTo(200);
    }
}
