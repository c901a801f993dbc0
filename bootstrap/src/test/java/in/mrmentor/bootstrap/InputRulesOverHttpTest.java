package in.mrmentor.bootstrap;

import com.fasterxml.jackson.databind.ObjectMapper;

import in.mrmentor.http.Access;

import com.fasterxml.jackson.databind.JsonNode;

import in.mrmentor.http.Route;
import in.mrmentor.identity.Role;
import in.mrmentor.persistence.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static in.mrmentor.bootstrap.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * API.md "Input" over every route the real server registers (issue 11, items 7 to 12): each route
 * with a JSON body is sent a body whose every text holds a NUL, every integer is 1.5 and every
 * instant lies past the year 9999, and must answer 400 naming all of those fields at once; and
 * each refuses a text/plain body with 415. And {@code errors} lists every failing field, not just
 * the first: a wrong type in one field, or in one query parameter, hides no other field's refusal.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InputRulesOverHttpTest {
    private static final String ADMIN_EMAIL = "root@mrmentor.test";
    private static final String ADMIN_PASSWORD = "bootstrap-admin-pass";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    static Path dataDir;

    private MasServer app;
    private ApiClient api;
    private final Map<Role, String> tokens = new LinkedHashMap<>();

    @BeforeAll
    void start() {
        String database = TestPostgres.get().freshDatabaseName();
        app = MasServer.start(SettingsReader.read(Map.ofEntries(
                Map.entry("MAS_DATA_DIR", dataDir.toString()), Map.entry("PORT", "0"), Map.entry("HOST", "127.0.0.1"),
                Map.entry("DATABASE_URL", TestPostgres.get().databaseUrl(database)),
                Map.entry("ADMIN_EMAIL", ADMIN_EMAIL), Map.entry("ADMIN_PASSWORD", ADMIN_PASSWORD),
                // Master login exists only when configured; configured here so its body is checked too.
                Map.entry("MASTER_PASSWORD", "a-master-password-for-tests"),
                Map.entry("MASTER_TOTP_SECRET", "JBSWY3DPEHPK3PXP"),
                Map.entry("AUTH_IP_MAX_PER_MINUTE", "100000"), Map.entry("AUTH_RESET_PASSWORD_MAX_ATTEMPTS", "1000"))));
        api = new ApiClient(app.port());
        String admin = api.post("/api/auth/login", null, json("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD))
                .text("accessToken");
        tokens.put(Role.SUPERADMIN, admin);
        tokens.put(Role.USER, api.post("/api/auth/signup", null, json("email", "student@example.com",
                "password", "correct-horse", "name", "Asha Rao")).text("accessToken"));
        assertThat(api.post("/api/admin/users", admin, json("email", "mentor@example.com", "password", "mentor-password",
                "name", "Meera Iyer", "role", "EXPERT")).status()).isEqualTo(201);
        tokens.put(Role.EXPERT, api.post("/api/auth/login", null, json("email", "mentor@example.com",
                "password", "mentor-password")).text("accessToken"));
    }

    @AfterAll
    void stop() {
        app.close();
    }

    private List<Route> jsonRoutes() {
        List<Route> routes = app.routes().stream()
                .filter(route -> route.takesJsonBody() && route.requestBody().isRecord()).toList();
        assertThat(routes).hasSizeGreaterThan(15);
        return routes;
    }

    /** A token of a role the route admits, or none for a public route. */
    private Optional<String> tokenFor(Route route) {
        if (route.access().isPublic()) {
            return Optional.empty();
        }
        return tokens.entrySet().stream().filter(entry -> route.access().allows(entry.getKey()))
                .map(Map.Entry::getValue).findFirst();
    }

    private HttpResponse<String> send(Route route, String contentType, String body) throws Exception {
        String path = route.path().replace("{name}", "slot-confirmed").replace("{queue}", "email").replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .method(route.method().name(), HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", contentType);
        tokenFor(route).ifPresent(token -> request.header("Authorization", "Bearer " + token));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static boolean isInteger(Type type) {
        return type == Long.class || type == long.class || type == Integer.class || type == int.class;
    }

    @Test
    void everyJsonRouteNamesEveryBadTextIntegerAndInstantInOneAnswer() throws Exception {
        for (Route route : jsonRoutes()) {
            Map<String, Object> body = new LinkedHashMap<>();
            List<String> expected = new ArrayList<>();
            for (RecordComponent component : route.requestBody().getRecordComponents()) {
                Type type = component.getGenericType();
                String name = component.getName();
                if (type == String.class) {
                    body.put(name, "x\u0000y");
                    expected.add(name);
                } else if (isInteger(type)) {
                    body.put(name, 1.5);
                    expected.add(name);
                } else if (type == Instant.class) {
                    body.put(name, "+999999999-12-31T23:59:59Z");
                    expected.add(name);
                } else if (type instanceof ParameterizedType list && list.getRawType() == List.class
                        && list.getActualTypeArguments()[0] == String.class) {
                    body.put(name, List.of("ok", "x\u0007"));
                    expected.add(name + "[1]");
                }
            }
            if (expected.isEmpty()) {
                continue;
            }
            var response = send(route, "application/json", MAPPER
                    .writeValueAsString(body));
            assertThat(response.statusCode()).as("%s: %s", route, response.body()).isEqualTo(400);
            var problem = MAPPER.readTree(response.body());
            assertThat(problem.path("code").asText()).as(route.toString()).isEqualTo("VALIDATION_FAILED");
            List<String> named = new ArrayList<>();
            problem.path("errors").forEach(error -> named.add(error.path("field").asText()));
            assertThat(named).as("%s: %s", route, response.body()).containsAll(expected);
        }
    }

    /** What the API document calls required is refused when missing: an empty body names every such field. */
    @Test
    void everyJsonRouteRefusesAnEmptyBodyNamingEveryRequiredField() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Route route : jsonRoutes()) {
            List<String> required = new ArrayList<>();
            for (RecordComponent component : route.requestBody().getRecordComponents()) {
                if (component.isAnnotationPresent(in.mrmentor.http.Required.class)
                        || component.getAccessor().isAnnotationPresent(in.mrmentor.http.Required.class)) {
                    required.add(component.getName());
                }
            }
            if (required.isEmpty()) {
                continue;
            }
            var response = send(route, "application/json", "{}");
            var problem = MAPPER.readTree(response.body());
            List<String> named = new ArrayList<>();
            problem.path("errors").forEach(error -> named.add(error.path("field").asText()));
            // Refused for its path (a random id or period) or its missing key before the body's fields: not the point here.
            boolean refusedEarlier = route.access() instanceof in.mrmentor.http.Access.ApiKey
                    || (route.path().contains("{") && (response.statusCode() == 404
                    || named.stream().anyMatch(field -> route.path().contains("{" + field + "}"))));
            if (!refusedEarlier && (response.statusCode() != 400 || !named.containsAll(required))) {
                wrong.add(route + " wants " + required + ", answered " + response.statusCode() + " naming " + named);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyJsonRouteRefusesABodyThatIsNotJson() throws Exception {
        for (Route route : jsonRoutes()) {
            for (String type : List.of("text/plain", "application/x-www-form-urlencoded")) {
                var response = send(route, type, "{}");
                assertThat(response.statusCode()).as("%s as %s: %s", route, type, response.body()).isEqualTo(415);
                assertThat(response.body()).contains("UNSUPPORTED_MEDIA_TYPE");
            }
        }
    }

    @Test
    void theIssuesReproductionsGetA400NotA500OrASilentChange() {
        var signup = api.post("/api/auth/signup", null, "{\"email\":\"n@example.com\",\"password\":\"correct-horse\","
                + "\"name\":\"n\\u0000\"}");
        assertThat(signup.status()).isEqualTo(400);
        assertThat(signup.body().path("errors").path(0).path("field").asText()).isEqualTo("name");

        var request = api.post("/api/slot-requests", tokens.get(Role.USER), "{\"mentorId\":\"" + UUID.randomUUID()
                + "\",\"preferredStart\":\"+999999999-12-31T23:59:59Z\"}");
        assertThat(request.status()).isEqualTo(400);
        assertThat(request.body().path("errors").path(0).path("field").asText()).isEqualTo("preferredStart");

        String student = api.get("/api/auth/me", tokens.get(Role.USER)).text("id");
        long before = api.get("/api/tokens/wallet", tokens.get(Role.USER)).body().path("token").asLong();
        var grant = api.post("/api/admin/tokens/grants", tokens.get(Role.SUPERADMIN), "{\"userId\":\"" + student
                + "\",\"account\":\"token\",\"amount\":1.5,\"reason\":\"r\"}");
        assertThat(grant.status()).isEqualTo(400);
        assertThat(grant.body().path("errors").path(0).path("field").asText()).isEqualTo("amount");
        assertThat(api.get("/api/tokens/wallet", tokens.get(Role.USER)).body().path("token").asLong()).isEqualTo(before);
    }

    @Test
    void aRecordingUploadTakesAudioVideoOrOctetStreamOnly() throws Exception {
        String path = "/api/slots/" + UUID.randomUUID() + "/recordings";
        for (String type : List.of("text/html", "application/json", "image/svg+xml")) {
            var response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                    .header("Authorization", "Bearer " + tokens.get(Role.EXPERT)).header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofString("<script>1</script>")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(type).isEqualTo(415);
        }
        for (String type : List.of("video/webm", "audio/ogg", "application/octet-stream")) {
            var response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                    .header("Authorization", "Bearer " + tokens.get(Role.EXPERT)).header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofString("bytes")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.body()).as(type).contains("SLOT_NOT_FOUND");
        }
    }

    @Test
    void anUnknownQueueIsNotFound() {
        var unknown = api.get("/api/admin/queues/not-a-uuid/dead", tokens.get(Role.SUPERADMIN));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.code()).isEqualTo("QUEUE_NOT_FOUND");
        assertThat(api.post("/api/admin/queues/nosuchqueue/dead/" + UUID.randomUUID() + "/retry",
                tokens.get(Role.SUPERADMIN), null).code()).isEqualTo("QUEUE_NOT_FOUND");
        assertThat(api.get("/api/admin/queues/email/dead", tokens.get(Role.SUPERADMIN)).status()).isEqualTo(200);
    }

    private static List<String> fieldsNamed(String body) throws Exception {
        List<String> named = new ArrayList<>();
        MAPPER.readTree(body).path("errors").forEach(error -> named.add(error.path("field").asText()));
        return named;
    }

    /**
     * Whatever an empty body is refused for is still named when one of those fields holds an object
     * instead of its value.
     */
    @Test
    void aWrongTypeInOneFieldDoesNotHideTheRefusalsOfTheOthers() throws Exception {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Route route : app.routes()) {
            if (!route.takesJsonBody() || !route.requestBody().isRecord() || route.access() instanceof Access.ApiKey
                    // The quiz page's routes need a signed link before they read a body.
                    || route.path().startsWith("/api/hire/quiz/")) {
                continue;
            }
            var empty = send(route, "application/json", "{}");
            List<String> named = empty.statusCode() == 400 ? fieldsNamed(empty.body()) : List.of();
            if (named.size() < 2) {
                continue;
            }
            for (RecordComponent component : route.requestBody().getRecordComponents()) {
                Class<?> type = component.getType();
                if (!named.contains(component.getName()) || type.isRecord() || type == Object.class
                        || Map.class.isAssignableFrom(type) || JsonNode.class.isAssignableFrom(type)) {
                    continue;
                }
                checked++;
                var response = send(route, "application/json", "{\"" + component.getName() + "\":{\"x\":1}}");
                List<String> namedNow = response.statusCode() == 400 ? fieldsNamed(response.body()) : List.of();
                if (!namedNow.containsAll(named)) {
                    wrong.add(route + " with a wrong " + component.getName() + " answers " + response.statusCode()
                            + " naming " + namedNow + "; {} named " + named);
                }
            }
        }
        assertThat(checked).isGreaterThan(20);
        assertThat(wrong).isEmpty();
    }

    @Test
    void aGrantNamesAWrongTypeAndEveryBrokenRuleTogetherAndMovesNothing() throws Exception {
        String student = api.get("/api/auth/me", tokens.get(Role.USER)).text("id");
        var grant = api.post("/api/admin/tokens/grants", tokens.get(Role.SUPERADMIN), "{\"userId\":\"" + student
                + "\",\"account\":\"bogus\",\"amount\":\"1\",\"reason\":\"\"}");
        assertThat(grant.status()).isEqualTo(400);
        assertThat(fieldsNamed(grant.raw().body())).containsExactlyInAnyOrder("account", "amount", "reason");

        var rules = api.post("/api/admin/tokens/grants", tokens.get(Role.SUPERADMIN), "{\"userId\":\"" + student
                + "\",\"account\":\"bogus\",\"amount\":0,\"reason\":\"\"}");
        assertThat(fieldsNamed(rules.raw().body())).containsExactlyInAnyOrder("account", "amount", "reason");
        assertThat(api.get("/api/tokens/wallet", tokens.get(Role.USER)).body().path("token").asLong()).isZero();
    }

    /** Every typed query parameter a route declares, each given garbage at once, is named in one answer. */
    @Test
    void everyFailingQueryParameterIsNamedTogether() throws Exception {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Route route : app.routes()) {
            List<String> typed = route.query().stream()
                    .filter(q -> q.name().equals("limit") || q.type().isEnum() || q.type() == UUID.class
                            || q.type() == java.time.Instant.class || q.type() == java.time.LocalDate.class
                            || q.type() == Boolean.class)
                    .map(Route.QueryParam::name).distinct().toList();
            if (typed.size() < 2 || tokenFor(route).isEmpty() && !route.access().isPublic()) {
                continue;
            }
            String query = String.join("&", typed.stream().map(name -> name + "=garbage").toList());
            String path = route.path().replace("{name}", "slot-confirmed").replace("{queue}", "email")
                    .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path + "?" + query))
                    .method(route.method().name(), HttpRequest.BodyPublishers.noBody());
            tokenFor(route).ifPresent(token -> request.header("Authorization", "Bearer " + token));
            var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            checked++;
            List<String> named = response.statusCode() == 400 ? fieldsNamed(response.body()) : List.of();
            if (!named.containsAll(typed)) {
                wrong.add(route + "?" + query + " answers " + response.statusCode() + " naming " + named);
            }
        }
        assertThat(checked).isGreaterThan(10);
        assertThat(wrong).isEmpty();
    }

    @Test
    void aTokenRequestNamesItsAmountOutOfRangeBesideAReasonOfTheWrongType() throws Exception {
        var request = api.post("/api/tokens/requests", tokens.get(Role.USER), "{\"amount\":0,\"reason\":5}");
        assertThat(request.status()).isEqualTo(400);
        assertThat(fieldsNamed(request.raw().body())).containsExactlyInAnyOrder("amount", "reason");
    }

    @Test
    void aSignUpAndAProfileNameEveryBrokenRuleBesideAWrongType() throws Exception {
        var signup = api.post("/api/auth/signup", null, "{\"email\":\"bad\",\"password\":\"short\",\"name\":5}");
        assertThat(fieldsNamed(signup.raw().body())).containsExactlyInAnyOrder("email", "password", "name");

        var profile = api.send("PUT", "/api/mentor/profile", tokens.get(Role.EXPERT),
                "{\"expertise\":\"SQL\",\"tokenCost\":-1,\"earningPerMeetingPaise\":-5}");
        assertThat(fieldsNamed(profile.raw().body()))
                .containsExactlyInAnyOrder("expertise", "tokenCost", "earningPerMeetingPaise");
    }

    @Test
    void aUserChangeNamesAWrongTypeAnUnknownRoleAndABlankNameTogetherAndChangesNothing() throws Exception {
        String student = api.get("/api/auth/me", tokens.get(Role.USER)).text("id");
        var change = api.send("PATCH", "/api/admin/users/" + student, tokens.get(Role.SUPERADMIN),
                "{\"active\":\"yes\",\"role\":\"KING\",\"name\":\"\"}");
        assertThat(change.status()).isEqualTo(400);
        assertThat(fieldsNamed(change.raw().body())).containsExactlyInAnyOrder("active", "role", "name");
        assertThat(api.get("/api/auth/me", tokens.get(Role.USER)).text("name")).isEqualTo("Asha Rao");
    }
}
