package in.mrmentor.bootstrap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import in.mrmentor.http.Access;
import in.mrmentor.http.Route;
import in.mrmentor.identity.Role;
import in.mrmentor.persistence.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static in.mrmentor.bootstrap.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * API.md "Input": {@code errors} lists every failing field, not just the first. A wrong type in one
 * field used to end the answer there: the rules the route's command checks (a bad e-mail, a missing
 * field, an amount out of range) went unheard until the client fixed the type and asked again.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryFailingFieldOverHttpTest {
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
                Map.entry("AUTH_IP_MAX_PER_MINUTE", "100000"), Map.entry("AUTH_RESET_PASSWORD_MAX_ATTEMPTS", "1000"),
                Map.entry("MASTER_PASSWORD", "a-master-password-for-tests"),
                Map.entry("MASTER_TOTP_SECRET", "JBSWY3DPEHPK3PXP"))));
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

    private HttpResponse<String> send(Route route, String body) throws Exception {
        String path = route.path().replace("{name}", "slot-confirmed").replace("{queue}", "email")
                .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .method(route.method().name(), HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        tokenFor(route).ifPresent(token -> request.header("Authorization", "Bearer " + token));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private Optional<String> tokenFor(Route route) {
        if (route.access().isPublic()) {
            return Optional.empty();
        }
        return tokens.entrySet().stream().filter(entry -> route.access().allows(entry.getKey()))
                .map(Map.Entry::getValue).findFirst();
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
            var empty = send(route, "{}");
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
                var response = send(route, "{\"" + component.getName() + "\":{\"x\":1}}");
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
