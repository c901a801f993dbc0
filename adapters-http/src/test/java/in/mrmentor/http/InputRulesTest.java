package in.mrmentor.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static in.mrmentor.http.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

/** API.md "Input": what every route refuses about the input itself, enforced once for all of them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InputRulesTest {
    private final TestServer api = new TestServer();

    @AfterAll
    void stop() {
        api.close();
    }

    private static List<String> fields(HttpResponse<String> response) {
        List<String> fields = new ArrayList<>();
        json(response).path("errors").forEach(error -> fields.add(error.path("field").asText()));
        return fields;
    }

    private static void assertRefused(HttpResponse<String> response, String... fields) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(json(response).path("code").asText()).isEqualTo("VALIDATION_FAILED");
        assertThat(fields(response)).as(response.body()).containsExactlyInAnyOrder(fields);
    }

    /** The probe's body with {@code count}, its one primitive (required), already given. */
    private HttpResponse<String> echo(String json) {
        return api.post("/test/echo", json.replaceFirst("^\\{", "{\"count\":1,"));
    }

    @Test
    void controlCharactersInAnyStringOfABodyAreRefusedNamingTheField() {
        assertRefused(echo("{\"name\":\"As\\u0000ha\"}"), "name");
        assertRefused(echo("{\"name\":\"Asha\",\"tags\":[\"ok\",\"bell\\u0007\"]}"), "tags[1]");
        assertRefused(echo("{\"name\":\"del\\u007f\"}"), "name");
        assertRefused(echo("{\"name\":\"c1\\u0085\"}"), "name");
        assertRefused(echo("{\"name\":\"half \\ud800 a pair\"}"), "name");
        assertThat(json(echo("{\"name\":\"Asha\"}")).path("name").asText()).isEqualTo("Asha");
    }

    @Test
    void tabCrLfAndAnyOtherCharacterArePlainText() {
        var response = echo("{\"name\":\"a\\tb\\r\\nc \u00e9 \u0939\u093f \\ud83d\\ude00\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).path("name").asText()).isEqualTo("a\tb\r\nc \u00e9 \u0939\u093f \ud83d\ude00");
    }

    @Test
    void controlCharactersInPathOrQueryParametersAreRefusedNamingThem() {
        // Jetty itself refuses a NUL in the path before routing; any other control character reaches us.
        assertThat(api.get("/test/words/a%00b").statusCode()).isEqualTo(400);
        assertRefused(api.get("/test/words/a%01b"), "word");
        assertRefused(api.get("/test/words/ab?q=x%00"), "q");
        assertRefused(api.get("/test/words/a%1Bb?q=%00"), "word", "q");
        assertThat(json(api.get("/test/words/caf%C3%A9?q=a%09b")).path("q").asText()).isEqualTo("a\tb");
    }

    @Test
    void instantsOutsideNineteenSeventyToNineNineNineNineAreRefusedNamingTheField() {
        assertRefused(echo("{\"name\":\"a\",\"at\":\"+999999999-12-31T23:59:59Z\"}"), "at");
        assertRefused(echo("{\"name\":\"a\",\"at\":\"1969-12-31T23:59:59Z\"}"), "at");
        assertRefused(echo("{\"name\":\"a\",\"at\":\"+10000-01-01T00:00:00Z\"}"), "at");
        assertThat(json(echo("{\"name\":\"a\",\"at\":\"+999999999-12-31T23:59:59Z\"}")).path("errors").path(0)
                .path("message").asText()).contains("1970", "9999");
        assertThat(echo("{\"name\":\"a\",\"at\":\"9999-12-31T23:59:59Z\"}").statusCode()).isEqualTo(200);
        assertThat(echo("{\"name\":\"a\",\"at\":\"1970-01-01T00:00:00Z\"}").statusCode()).isEqualTo(200);
    }

    @Test
    void anInstantIsIsoTextNeverABareNumberOfSomeUnit() {
        assertRefused(echo("{\"name\":\"a\",\"at\":1893456000}"), "at");
        assertRefused(echo("{\"name\":\"a\",\"at\":1893456000.5}"), "at");
        assertThat(json(echo("{\"name\":\"a\",\"at\":1893456000}")).path("errors").path(0).path("message").asText())
                .contains("ISO-8601");
        assertThat(echo("{\"name\":\"a\",\"at\":\"2030-01-01T00:00:00Z\"}").statusCode()).isEqualTo(200);
    }

    @Test
    void instantsInTheQueryAreBoundedToo() {
        assertRefused(api.get("/test/since?from=%2B999999999-12-31T23:59:59Z"), "from");
        assertRefused(api.get("/test/since?from=0001-01-01T00:00:00Z"), "from");
        assertThat(json(api.get("/test/since?from=2026-11-23T10:00:00Z")).path("from").asText())
                .isEqualTo("2026-11-23T10:00:00Z");
    }

    @Test
    void integerFieldsTakeIntegersOnly() {
        for (String amount : List.of("1.5", "1.0", "1e2", "\"1\"", "true", "99999999999999999999")) {
            assertRefused(echo("{\"name\":\"a\",\"amount\":" + amount + "}"), "amount");
        }
        assertRefused(api.post("/test/echo", "{\"name\":\"a\",\"count\":1.5}"), "count");
        assertRefused(api.post("/test/echo", "{\"name\":\"a\",\"count\":3000000000}"), "count");
        assertThat(json(echo("{\"name\":\"a\",\"amount\":1.5}")).path("errors").path(0).path("message").asText())
                .isEqualTo("must be an integer");
        var whole = api.post("/test/echo", "{\"name\":\"a\",\"count\":2,\"amount\":-7}");
        assertThat(whole.statusCode()).as(whole.body()).isEqualTo(200);
        assertThat(json(whole).path("amount").asLong()).isEqualTo(-7);
    }

    @Test
    void everyFailingFieldIsReportedNotJustTheFirst() {
        var response = api.post("/test/echo", "{\"name\":\"\",\"count\":\"many\",\"at\":\"yesterday\",\"tags\":[\"ok\",{}],\"amount\":1.5}");
        assertRefused(response, "name", "count", "at", "tags[1]", "amount");
        JsonNode errors = json(response).path("errors");
        assertThat(errors.toString()).contains("must not be blank", "must be an integer");

        assertRefused(api.post("/test/echo", "{\"count\":\"many\"}"), "name", "count");
    }

    @Test
    void aJsonRouteRefusesABodyOfAnotherContentType() {
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "application/jsonx", "application/json; charset=iso-8859-1", "multipart/form-data; boundary=x")) {
            var response = api.send(api.request("/test/echo").header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"a\"}")));
            assertThat(response.statusCode()).as(type).isEqualTo(415);
            assertThat(json(response).path("code").asText()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        }
        var untyped = api.send(api.request("/test/echo").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"a\"}")));
        assertThat(untyped.statusCode()).isEqualTo(415);
    }

    @Test
    void jsonWithAnOptionalUtf8CharsetIsJson() {
        for (String type : List.of("application/json", "application/json; charset=utf-8", "Application/JSON;charset=\"UTF-8\"")) {
            var response = api.send(api.request("/test/echo").header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"a\",\"count\":1}")));
            assertThat(response.statusCode()).as(type).isEqualTo(200);
        }
    }

    @Test
    void aBodilessPostNeedsNoContentTypeAndAnEmptyJsonBodyIsARequiredBody() {
        assertThat(api.send(api.request("/test/poke").POST(HttpRequest.BodyPublishers.noBody())).statusCode()).isEqualTo(204);
        assertRefused(api.send(api.request("/test/echo").POST(HttpRequest.BodyPublishers.noBody())), "body");
    }

    @Test
    void everyRouteDeclaringAJsonBodyRefusesPlainText() {
        List<Route> withBody = api.server.routes().stream().filter(route -> route.requestBody() != null).toList();
        assertThat(withBody).hasSizeGreaterThan(2);
        for (Route route : withBody) {
            var request = api.request(route.path().replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000"))
                    .method(route.method().name(), HttpRequest.BodyPublishers.ofString("{}"))
                    .header("Content-Type", "text/plain");
            var allowed = java.util.Arrays.stream(in.mrmentor.identity.Role.values())
                    .filter(role -> route.access().allows(role)).findFirst();
            if (!route.access().isPublic()) {
                request.header("Authorization", "Bearer " + api.tokenFor(allowed.orElseThrow()));
            }
            var response = api.send(request);
            assertThat(response.statusCode()).as(route.toString()).isEqualTo(415);
        }
    }
}
