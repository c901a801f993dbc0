package in.mrmentor.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import in.mrmentor.persistence.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static in.mrmentor.bootstrap.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * CRM.md end to end over HTTP on PostgreSQL, with two server processes on one database: a head with
 * two salespeople, another team, one lead per person, streamed imports with their row report, the
 * sales-head approval gate, follow-ups, targets, campaign forms and vendor keys.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrmOverHttpTest {
    private static final String ADMIN_EMAIL = "root@mrmentor.test";
    private static final String ADMIN_PASSWORD = "bootstrap-admin-pass";
    private static final int VENDOR_LIMIT = 6;
    private static final int FORM_LIMIT = 3;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dataDir;

    private MasServer first;
    private MasServer second;
    private ApiClient api;
    private ApiClient otherServer;
    private String admin;
    private User head;
    private User seller;
    private User colleague;
    private User otherHead;
    private User outsider;
    private final Random random = new Random();
    private final Set<String> phonesUsed = new HashSet<>();

    private record User(UUID id, String token) {
    }

    @BeforeAll
    void start() {
        String database = TestPostgres.get().freshDatabaseName();
        Map<String, String> env = Map.ofEntries(
                Map.entry("MAS_DATA_DIR", dataDir.toString()), Map.entry("PORT", "0"), Map.entry("HOST", "127.0.0.1"),
                Map.entry("DATABASE_URL", TestPostgres.get().databaseUrl(database)),
                Map.entry("ADMIN_EMAIL", ADMIN_EMAIL), Map.entry("ADMIN_PASSWORD", ADMIN_PASSWORD),
                Map.entry("AUTH_IP_MAX_PER_MINUTE", "10000"),
                Map.entry("VENDOR_RATE_LIMIT_PER_MINUTE", String.valueOf(VENDOR_LIMIT)),
                Map.entry("CAMPAIGN_FORM_RATE_PER_MINUTE", String.valueOf(FORM_LIMIT)),
                Map.entry("VENDOR_API_KEY_PEPPER", "a-test-pepper-of-enough-length"));
        first = MasServer.start(SettingsReader.read(env));
        second = MasServer.start(SettingsReader.read(env));
        api = new ApiClient(first.port());
        otherServer = new ApiClient(second.port());
        admin = api.post("/api/auth/login", null, json("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD)).text("accessToken");
        head = salesUser("head");
        seller = salesUser("seller");
        colleague = salesUser("colleague");
        otherHead = salesUser("other-head");
        outsider = salesUser("outsider");
        assertThat(setHead(seller, head).status()).isEqualTo(200);
        assertThat(setHead(colleague, head).status()).isEqualTo(200);
        assertThat(setHead(outsider, otherHead).status()).isEqualTo(200);
    }

    @AfterAll
    void stop() {
        second.close();
        first.close();
    }

    /** The rate limits count fixed one-minute windows; keep a test's requests inside one of them. */
    @BeforeEach
    void awayFromAMinuteBoundary() throws InterruptedException {
        int secondOfMinute = Instant.now().atOffset(ZoneOffset.UTC).getSecond();
        if (secondOfMinute >= 45) {
            Thread.sleep((61 - secondOfMinute) * 1_000L);
        }
    }

    private User salesUser(String name) {
        String email = name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@sales.test";
        var created = api.post("/api/admin/users", admin,
                json("email", email, "password", "correct-horse", "name", name, "role", "SALES"));
        assertThat(created.status()).isEqualTo(201);
        String token = api.post("/api/auth/login", null, json("email", email, "password", "correct-horse")).text("accessToken");
        return new User(UUID.fromString(created.text("id")), token);
    }

    private ApiClient.Response setHead(User user, User newHead) {
        return api.send("PUT", "/api/admin/users/" + user.id() + "/sales-head", admin,
                "{\"salesHeadId\":" + (newHead == null ? "null" : "\"" + newHead.id() + "\"") + "}");
    }

    /** A valid Indian mobile nobody used yet in this run, as {@code 98xxxxxxxx}. */
    private String freshPhone() {
        while (true) {
            String phone = "98" + String.format("%08d", random.nextInt(100_000_000));
            if (!phone.equals("9876543210") && phonesUsed.add(phone)) {
                return phone;
            }
        }
    }

    private ApiClient.Response createLead(User user, String name, String phone) {
        return api.post("/api/crm/leads", user.token(), json("name", name, "phone", phone));
    }

    private String leadOf(User user) {
        var created = createLead(user, "Lead of " + user.id(), freshPhone());
        assertThat(created.status()).isEqualTo(201);
        return created.text("id");
    }

    @Test
    void oneLeadPerPersonWhateverTheSpellingOfThePhone() {
        var created = createLead(seller, "Asha Rao", "+91 98765 43210");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("phone")).isEqualTo("+919876543210");
        assertThat(created.text("source")).isEqualTo("MANUAL");
        assertThat(created.text("stage")).isEqualTo("ASSIGNED");
        assertThat(created.text("assignedTo")).isEqualTo(seller.id().toString());
        assertThat(created.text("owningSalesHeadId")).isEqualTo(head.id().toString());

        var again = createLead(colleague, "Asha R.", "09876543210");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("DUPLICATE_LEAD");
        assertThat(again.text("existingLeadId")).isEqualTo(created.text("id"));
        var other = createLead(seller, "Ravi Kumar", freshPhone());
        assertThat(api.send("PATCH", "/api/crm/leads/" + created.text("id"), head.token(),
                json("email", "asha.rao@example.com")).status()).isEqualTo(200);
        var refusedPatch = api.send("PATCH", "/api/crm/leads/" + other.text("id"), head.token(),
                json("email", "Asha.Rao@example.com"));
        assertThat(refusedPatch.status()).as("the e-mail belongs to another lead").isEqualTo(409);
        assertThat(refusedPatch.text("existingLeadId")).isEqualTo(created.text("id"));
        var timeline = api.get("/api/crm/leads/" + created.text("id"), seller.token()).body().path("timeline");
        assertThat(timeline.get(timeline.size() - 1).path("type").asText()).isEqualTo("CREATED");
    }

    @Test
    void badPhonesAndBadFieldsAreRefusedNamingEveryField() {
        for (String phone : List.of("12", "abc", "12345")) {
            var refused = createLead(seller, "Asha", phone);
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.body().path("errors").toString()).contains("phone");
        }
        var both = api.post("/api/crm/leads", seller.token(), json("name", "", "phone", "12", "email", "not-an-email",
                "interestLevel", "LUKEWARM"));
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.body().path("errors").toString()).contains("name", "phone", "email", "interestLevel");
    }

    @Test
    void aSalespersonProbingAnotherTeamsLeadGets404Only() {
        String id = leadOf(seller);

        for (var probe : List.of(
                api.get("/api/crm/leads/" + id, outsider.token()),
                api.send("PATCH", "/api/crm/leads/" + id, outsider.token(), json("stage", "DEAD")),
                api.post("/api/crm/leads/" + id + "/activities", outsider.token(), json("type", "NOTE", "notes", "hi")),
                api.post("/api/crm/leads/" + id + "/follow-ups", outsider.token(),
                        json("dueAt", Instant.now().plus(1, ChronoUnit.DAYS).toString(), "note", "call")),
                api.post("/api/crm/leads/" + id + "/assign", otherHead.token(), json("assigneeId", outsider.id().toString())),
                api.get("/api/crm/leads/" + id, colleague.token()),
                api.get("/api/crm/leads/" + UUID.randomUUID(), outsider.token()))) {
            assertThat(probe.status()).isEqualTo(404);
            assertThat(probe.code()).isEqualTo("LEAD_NOT_FOUND");
        }
        assertThat(api.get("/api/crm/leads/" + id, head.token()).status()).isEqualTo(200);
        assertThat(api.get("/api/crm/leads/" + id, admin).status()).isEqualTo(200);
        assertThat(ids(api.get("/api/crm/leads?limit=200", outsider.token()))).doesNotContain(id);
        assertThat(ids(api.get("/api/crm/leads?limit=200", head.token()))).contains(id);
    }

    private static List<String> ids(ApiClient.Response page) {
        List<String> ids = new ArrayList<>();
        page.body().path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    @Test
    void stagesFollowTheTableAndConversionsCountTowardsTheTarget() {
        String id = leadOf(colleague);
        String period = java.time.YearMonth.now(java.time.ZoneId.of("Asia/Kolkata")).toString();
        assertThat(api.send("PUT", "/api/crm/targets/" + colleague.id() + "/" + period, head.token(),
                json("conversions", 3, "revenuePaise", 500_000)).status()).isEqualTo(200);

        var skipped = api.send("PATCH", "/api/crm/leads/" + id, colleague.token(), json("stage", "CONVERTED", "revenuePaise", 100));
        assertThat(skipped.status()).isEqualTo(409);
        assertThat(skipped.code()).isEqualTo("INVALID_TRANSITION");
        assertThat(api.send("PATCH", "/api/crm/leads/" + id, colleague.token(), json("stage", "IN_PROCESS")).status())
                .isEqualTo(200);
        var noRevenue = api.send("PATCH", "/api/crm/leads/" + id, colleague.token(), json("stage", "CONVERTED"));
        assertThat(noRevenue.status()).isEqualTo(400);
        assertThat(noRevenue.body().path("errors").toString()).contains("revenuePaise");
        var won = api.send("PATCH", "/api/crm/leads/" + id, colleague.token(),
                json("stage", "CONVERTED", "revenuePaise", 250_000));
        assertThat(won.status()).isEqualTo(200);
        assertThat(won.text("stage")).isEqualTo("CONVERTED");

        var targets = api.get("/api/crm/targets?period=" + period, colleague.token());
        assertThat(targets.status()).isEqualTo(200);
        JsonNode mine = targets.body().path("items").get(0);
        assertThat(mine.path("conversions").path("target").asLong()).isEqualTo(3);
        assertThat(mine.path("conversions").path("actual").asLong()).isEqualTo(1);
        assertThat(mine.path("revenuePaise").path("actual").asLong()).isEqualTo(250_000);
        assertThat(api.send("PUT", "/api/crm/targets/" + colleague.id() + "/" + period, seller.token(),
                json("conversions", 1, "revenuePaise", 1)).status()).isEqualTo(403);
    }

    @Test
    void followUpsAreDueInTheFutureListedAndDoneOnce() {
        String id = leadOf(seller);
        var past = api.post("/api/crm/leads/" + id + "/follow-ups", seller.token(),
                json("dueAt", Instant.now().minus(1, ChronoUnit.HOURS).toString(), "note", "call back"));
        assertThat(past.status()).isEqualTo(400);
        var due = api.post("/api/crm/leads/" + id + "/follow-ups", seller.token(),
                json("dueAt", Instant.now().plus(3, ChronoUnit.DAYS).toString(), "note", "call back"));
        assertThat(due.status()).isEqualTo(201);
        String followUp = due.text("id");

        assertThat(followUps(api.get("/api/crm/follow-ups?due=upcoming", seller.token()))).contains(followUp);
        assertThat(followUps(api.get("/api/crm/follow-ups?due=upcoming", head.token()))).contains(followUp);
        assertThat(followUps(api.get("/api/crm/follow-ups?due=overdue", seller.token()))).doesNotContain(followUp);
        assertThat(api.post("/api/crm/follow-ups/" + followUp + "/done", outsider.token(), json("note", "x")).status())
                .isEqualTo(404);
        assertThat(api.post("/api/crm/follow-ups/" + followUp + "/done", seller.token(), json("note", "spoke")).status())
                .isEqualTo(200);
        var twice = api.post("/api/crm/follow-ups/" + followUp + "/done", seller.token(), json("note", "again"));
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo("ALREADY_DONE");
        assertThat(followUps(api.get("/api/crm/follow-ups?due=upcoming", seller.token()))).doesNotContain(followUp);
    }

    private static List<String> followUps(ApiClient.Response page) {
        assertThat(page.status()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        page.body().path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    @Test
    void aBulkAssignmentByASalespersonWaitsForTheHeadsApproval() {
        String first = leadOf(seller);
        String other = leadOf(seller);
        String body = "{\"leadIds\":[\"" + first + "\",\"" + other + "\"],\"assigneeIds\":[\"" + colleague.id()
                + "\"],\"strategy\":\"ROUND_ROBIN\"}";

        var asked = api.post("/api/crm/assignments", seller.token(), body);

        assertThat(asked.status()).isEqualTo(202);
        assertThat(asked.text("status")).isEqualTo("PENDING");
        String approval = asked.text("approvalId");
        assertThat(api.get("/api/crm/leads/" + first, seller.token()).text("assignedTo")).isEqualTo(seller.id().toString());
        var pending = api.get("/api/crm/assignment-approvals?status=PENDING", head.token());
        assertThat(pending.body().path("items").toString()).contains(approval);
        assertThat(api.post("/api/crm/assignment-approvals/" + approval + "/approve", otherHead.token(), null).status())
                .isEqualTo(404);
        assertThat(api.get("/api/crm/assignment-approvals", seller.token()).body().path("items")).isEmpty();

        var approved = api.post("/api/crm/assignment-approvals/" + approval + "/approve", head.token(), json("note", "ok"));

        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.body().path("assigned").asInt()).isEqualTo(2);
        var moved = api.get("/api/crm/leads/" + first, colleague.token());
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.body().path("assignmentHistory").toString()).contains(seller.id().toString(), colleague.id().toString());
        assertThat(api.get("/api/crm/leads/" + first, seller.token()).status()).isEqualTo(404);
        var twice = api.post("/api/crm/assignment-approvals/" + approval + "/reject", head.token(), null);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.code()).isEqualTo("ALREADY_DECIDED");
    }

    @Test
    void aHeadAssignsAtOnceLeastLoadedAndOnlyWithinTheTeam() {
        String a = leadOf(head);
        String b = leadOf(head);
        String body = "{\"leadIds\":[\"" + a + "\",\"" + b + "\"],\"assigneeIds\":[\"" + seller.id() + "\",\""
                + colleague.id() + "\"],\"strategy\":\"LEAST_LOADED\"}";
        var applied = api.post("/api/crm/assignments", head.token(), body);
        assertThat(applied.status()).isEqualTo(200);
        assertThat(applied.body().path("assigned").asInt()).isEqualTo(2);
        var outside = api.post("/api/crm/leads/" + a + "/assign", head.token(), json("assigneeId", outsider.id().toString()));
        assertThat(outside.status()).isEqualTo(400);
        var bySeller = api.post("/api/crm/leads/" + leadOf(seller) + "/assign", seller.token(),
                json("assigneeId", colleague.id().toString()));
        assertThat(bySeller.status()).isEqualTo(403);
    }

    @Test
    void anUnknownStrategyIsNamedOnceBesideTheOtherFailingFields() {
        var refused = api.post("/api/crm/assignments", head.token(),
                "{\"leadIds\":[],\"assigneeIds\":[],\"strategy\":\"RANDOM\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors")).extracting(e -> e.path("field").asText())
                .containsExactlyInAnyOrder("leadIds", "assigneeIds", "strategy");
    }

    @Test
    void aFieldOfTheWrongTypeIsNamedBesideTheRulesTheOtherFieldsBreakAndNothingIsStored() {
        var refused = api.post("/api/crm/leads", head.token(),
                "{\"name\":\"\",\"phone\":\"12\",\"email\":\"bad\",\"interestLevel\":\"LUKEWARM\",\"tags\":\"x\"}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("errors")).extracting(e -> e.path("field").asText())
                .containsExactlyInAnyOrder("name", "phone", "email", "interestLevel", "tags");

        String lead = leadOf(head);
        var activity = api.post("/api/crm/leads/" + lead + "/activities", head.token(),
                "{\"type\":\"FAX\",\"outcome\":\"MAYBE\",\"durationSeconds\":-5,\"at\":\"yesterday\"}");
        assertThat(activity.status()).isEqualTo(400);
        assertThat(activity.body().path("errors")).extracting(e -> e.path("field").asText())
                .contains("type", "outcome", "at");
        var campaign = api.post("/api/crm/campaigns", head.token(), "{\"slug\":\"Di\",\"name\":\"\",\"active\":\"yes\"}");
        assertThat(campaign.status()).isEqualTo(400);
        assertThat(campaign.body().path("errors")).extracting(e -> e.path("field").asText())
                .containsExactlyInAnyOrder("slug", "name", "active");
        var target = api.send("PUT", "/api/crm/targets/" + seller.id() + "/2026-12", head.token(),
                "{\"conversions\":-5,\"revenuePaise\":1.5}");
        assertThat(target.status()).isEqualTo(400);
        assertThat(target.body().path("errors")).extracting(e -> e.path("field").asText())
                .containsExactlyInAnyOrder("conversions", "revenuePaise");
        var update = api.send("PATCH", "/api/crm/leads/" + lead, head.token(),
                "{\"stage\":\"NOWHERE\",\"revenuePaise\":1.5}");
        assertThat(update.status()).isEqualTo(400);
        assertThat(update.body().path("errors")).extracting(e -> e.path("field").asText())
                .containsExactlyInAnyOrder("stage", "revenuePaise");
        var batch = api.post("/api/admin/batches", admin, "{\"code\":\"\",\"name\":\"\",\"program\":\"MAS999\","
                + "\"startDate\":\"2027-02-30\",\"enrollmentFeePaise\":-1,\"capacity\":0,\"papAvailable\":\"no\"}");
        assertThat(batch.status()).isEqualTo(400);
        assertThat(batch.body().path("errors")).extracting(e -> e.path("field").asText())
                .contains("code", "name", "program", "startDate", "enrollmentFeePaise", "capacity", "papAvailable");
        assertThat(batch.body().path("errors")).filteredOn(e -> e.path("field").asText().equals("startDate"))
                .singleElement().satisfies(e -> assertThat(e.path("message").asText()).contains("YYYY-MM-DD"));
    }

    @Test
    void campaignsAreListedInPagesLikeEveryOtherList() {
        String stem = "paged-" + UUID.randomUUID().toString().substring(0, 6);
        for (String suffix : List.of("a", "b", "c")) {
            assertThat(api.post("/api/crm/campaigns", head.token(), json("slug", stem + "-" + suffix, "name", "Paged"))
                    .status()).isEqualTo(201);
        }
        List<String> slugs = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var page = api.get("/api/crm/campaigns?limit=2" + (cursor == null ? "" : "&cursor=" + cursor), head.token()).body();
            assertThat(page.path("items").size()).isLessThanOrEqualTo(2);
            page.path("items").forEach(item -> slugs.add(item.path("slug").asText()));
            cursor = page.path("nextCursor").isNull() ? null : page.path("nextCursor").asText();
            pages++;
        } while (cursor != null && pages < 50);
        assertThat(slugs).doesNotHaveDuplicates().isSorted().contains(stem + "-a", stem + "-b", stem + "-c");
        assertThat(api.get("/api/crm/campaigns?cursor=forged", head.token()).status()).isEqualTo(400);
    }

    @Test
    void salesHeadsAreActiveSalesUsersWithoutCycles() {
        var cycle = setHead(head, seller);
        assertThat(cycle.status()).isEqualTo(400);
        assertThat(cycle.body().path("errors").toString()).contains("salesHeadId");
        var notSales = api.send("PUT", "/api/admin/users/" + head.id() + "/sales-head", admin,
                "{\"salesHeadId\":\"" + UUID.randomUUID() + "\"}");
        assertThat(notSales.status()).isEqualTo(400);
        assertThat(api.send("PUT", "/api/admin/users/" + head.id() + "/sales-head", seller.token(),
                "{\"salesHeadId\":null}").status()).isEqualTo(403);
    }

    private ApiClient.Response uploadCsv(User user, String csv, String query) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + first.port() + "/api/crm/imports" + query))
                .header("Content-Type", "text/csv").header("Authorization", "Bearer " + user.token())
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build();
        try {
            HttpResponse<String> raw = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new ApiClient.Response(raw.statusCode(), new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                    raw.body().isBlank() ? "{}" : raw.body()), raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private ApiClient.Response finished(User user, String importId) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            var report = api.get("/api/crm/imports/" + importId, user.token());
            String status = report.text("status");
            if (status.equals("DONE") || status.equals("FAILED")) {
                return report;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the import did not finish");
    }

    @Test
    void aFiveHundredRowImportReportsCreatedDuplicatesAndFailedRowsWithTheirLines() throws Exception {
        StringBuilder csv = new StringBuilder("name,phone,email,city\n");
        List<String> phones = new ArrayList<>();
        List<Integer> badLines = new ArrayList<>();
        for (int row = 0; row < 500; row++) {
            int line = row + 2;
            if (row % 50 == 7) {
                csv.append("Bad ").append(row).append(",12345,,Pune\n");
                badLines.add(line);
            } else if (row % 25 == 3 && !phones.isEmpty()) {
                csv.append("Again ").append(row).append(",0").append(phones.get(phones.size() - 1)).append(",,Pune\n");
            } else {
                String phone = freshPhone();
                phones.add(phone);
                csv.append("\"Lead, ").append(row).append("\",+91 ").append(phone).append(",,Pune\n");
            }
        }
        var started = uploadCsv(head, csv.toString(), "");
        assertThat(started.status()).isEqualTo(202);

        var report = finished(head, started.text("importId"));

        assertThat(report.text("status")).isEqualTo("DONE");
        assertThat(report.body().path("rows").asLong()).isEqualTo(500);
        assertThat(report.body().path("created").asLong()).isEqualTo(470);
        assertThat(report.body().path("duplicates").asLong()).isEqualTo(20);
        assertThat(report.body().path("failed").asLong()).isEqualTo(10);
        var errors = api.get("/api/crm/imports/" + started.text("importId") + "/errors.csv", head.token());
        assertThat(errors.status()).isEqualTo(200);
        assertThat(errors.raw().headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        List<String> lines = errors.raw().body().lines().toList();
        assertThat(lines).hasSize(11);
        assertThat(lines.subList(1, 11)).extracting(l -> Integer.parseInt(l.substring(0, l.indexOf(','))))
                .containsExactlyElementsOf(badLines);
        assertThat(lines.get(1)).contains(",phone,");
        assertThat(api.get("/api/crm/imports/" + started.text("importId"), seller.token()).status()).isEqualTo(404);
        assertThat(uploadCsv(seller, csv.toString(), "").status()).isEqualTo(403);
    }

    @Test
    void aMalformedCsvFailsWithAClearReportAndKeepsWhatItDid() throws Exception {
        var missingHeader = uploadCsv(head, "full_name,mobile\nAsha," + freshPhone() + "\n", "");
        var failed = finished(head, missingHeader.text("importId"));
        assertThat(failed.text("status")).isEqualTo("FAILED");
        assertThat(failed.text("error")).contains("phone");

        var badQuote = uploadCsv(head, "name,phone\nAsha," + freshPhone() + "\n\"Ravi," + freshPhone() + "\n", "");
        var broken = finished(head, badQuote.text("importId"));
        assertThat(broken.text("status")).isEqualTo("FAILED");
        assertThat(broken.text("error")).contains("line 3");

        var wrongType = api.post("/api/crm/imports", head.token(), "{}");
        assertThat(wrongType.status()).isEqualTo(415);
    }

    @Test
    void aCampaignFormIsPublicAndLimitedPerAddress() {
        String slug = "webinar-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(api.post("/api/crm/campaigns", head.token(), json("slug", slug, "name", "Webinar", "active", true)).status())
                .isEqualTo(201);
        assertThat(api.post("/api/crm/campaigns", seller.token(), json("slug", slug + "x", "name", "W")).status())
                .isEqualTo(403);
        var unknown = api.post("/api/crm/campaigns/no-such-campaign/leads", null, json("name", "A", "phone", freshPhone()));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("CAMPAIGN_NOT_FOUND");
        int served = 1;
        for (; served < FORM_LIMIT; served++) {
            var posted = (served % 2 == 0 ? api : otherServer).post("/api/crm/campaigns/" + slug + "/leads", null,
                    json("name", "Form lead", "phone", freshPhone()));
            assertThat(posted.status()).isEqualTo(202);
            assertThat(posted.raw().headers().firstValue("RateLimit-Limit")).contains(String.valueOf(FORM_LIMIT));
        }
        var refused = api.post("/api/crm/campaigns/" + slug + "/leads", null, json("name", "Form lead", "phone", freshPhone()));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.code()).isEqualTo("RATE_LIMITED");
        assertThat(refused.raw().headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void aVendorKeyWorksIsRateLimitedAcrossServersAndAfterRevokingNeverWorksAgain() {
        var issued = api.post("/api/admin/vendor-keys", admin, json("vendorName", "Shiksha Leads"));
        assertThat(issued.status()).isEqualTo(201);
        String key = issued.text("key");
        String keyId = issued.text("id");
        assertThat(key).startsWith("mas_live_" + issued.text("prefix"));
        assertThat(api.get("/api/admin/vendor-keys", admin).raw().body()).doesNotContain(key);

        String phone = freshPhone();
        var accepted = vendorPost(api, key, phone, "idem-1");
        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.text("status")).isEqualTo("ACCEPTED");
        assertThat(accepted.raw().headers().firstValue("RateLimit-Limit")).contains(String.valueOf(VENDOR_LIMIT));
        assertThat(accepted.raw().headers().firstValue("RateLimit-Remaining")).contains(String.valueOf(VENDOR_LIMIT - 1));
        assertThat(accepted.raw().headers().firstValue("RateLimit-Reset")).isPresent();
        var replay = vendorPost(otherServer, key, phone, "idem-1");
        assertThat(replay.text("vendorLeadId")).isEqualTo(accepted.text("vendorLeadId"));
        assertThat(replay.raw().headers().firstValue("Idempotent-Replayed")).contains("true");
        // API.md: the key belongs to the vendor key; reused with another body it is refused, not replayed.
        var reused = vendorPost(api, key, freshPhone(), "idem-1");
        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        var duplicate = vendorPost(api, key, "0" + phone, null);
        assertThat(duplicate.text("status")).isEqualTo("DUPLICATE");
        assertThat(duplicate.text("leadId")).isEqualTo(accepted.text("leadId"));
        var lead = api.get("/api/crm/leads/" + accepted.text("leadId"), admin);
        assertThat(lead.text("source")).isEqualTo("VENDOR");
        assertThat(lead.body().path("timeline").toString()).contains("DUPLICATE_SUBMISSION");
        var own = otherServer.send("GET", "/api/vendor/leads/" + accepted.text("vendorLeadId"), null, null, Map.of("x-api-key", key));
        assertThat(own.status()).isEqualTo(200);

        for (int used = 5; used < VENDOR_LIMIT; used++) {
            assertThat(vendorPost(used % 2 == 0 ? api : otherServer, key, freshPhone(), null).status()).isEqualTo(202);
        }
        var limited = vendorPost(otherServer, key, freshPhone(), null);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.code()).isEqualTo("RATE_LIMITED");
        assertThat(limited.raw().headers().firstValue("RateLimit-Remaining")).contains("0");
        assertThat(limited.raw().headers().firstValue("Retry-After")).isPresent();

        var usage = api.get("/api/admin/vendor-keys/" + keyId + "/usage", admin);
        assertThat(usage.status()).isEqualTo(200);
        assertThat(usage.body().get(0).path("accepted").asLong()).isEqualTo(1 + VENDOR_LIMIT - 5);
        assertThat(usage.body().get(0).path("duplicates").asLong()).isEqualTo(1);

        assertThat(api.post("/api/admin/vendor-keys/" + keyId + "/revoke", admin, null).status()).isEqualTo(200);
        var enable = api.post("/api/admin/vendor-keys/" + keyId + "/enable", admin, null);
        assertThat(enable.status()).isEqualTo(409);
        assertThat(enable.code()).isEqualTo("INVALID_TRANSITION");
        for (var client : List.of(api, otherServer)) {
            var revoked = vendorPost(client, key, freshPhone(), null);
            assertThat(revoked.status()).isEqualTo(401);
            assertThat(revoked.code()).isEqualTo("INVALID_API_KEY");
        }
        assertThat(vendorPost(api, "mas_live_" + "x".repeat(60), freshPhone(), null).code()).isEqualTo("INVALID_API_KEY");
        assertThat(vendorPost(api, null, freshPhone(), null).code()).isEqualTo("INVALID_API_KEY");
    }

    @Test
    void theOpenApiDocumentDescribesTheVendorKeyScheme() {
        var document = api.get("/openapi.json", null).body();
        assertThat(document.path("components").path("securitySchemes").path("apiKey").path("name").asText())
                .isEqualTo("x-api-key");
        assertThat(document.path("paths").path("/api/vendor/leads").path("post").path("security").toString())
                .contains("apiKey");
    }

    private static ApiClient.Response vendorPost(ApiClient client, String key, String phone, String idempotencyKey) {
        Map<String, String> headers = new java.util.HashMap<>();
        if (key != null) {
            headers.put("x-api-key", key);
        }
        if (idempotencyKey != null) {
            headers.put("Idempotency-Key", idempotencyKey);
        }
        return client.send("POST", "/api/vendor/leads", null, json("name", "Vendor lead", "phone", phone), headers);
    }
}
