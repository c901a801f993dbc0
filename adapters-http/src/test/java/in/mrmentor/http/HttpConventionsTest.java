package in.mrmentor.http;

import com.fasterxml.jackson.databind.JsonNode;
import in.mrmentor.identity.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.UUID;

import static in.mrmentor.http.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpConventionsTest {
    private final TestServer api = new TestServer();

    @AfterAll
    void stop() {
        api.close();
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode body = json(response);
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("code").asText()).isEqualTo(code);
        assertThat(body.path("type").asText()).isNotBlank();
        assertThat(body.path("title").asText()).isNotBlank();
        assertThat(body.path("requestId").asText())
                .isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
    }

    private static String errorField(HttpResponse<String> response) {
        return json(response).path("errors").path(0).path("field").asText();
    }

    @Test
    void aValidBodyIsBoundAndTimestampsAreIsoUtcStrings() {
        var response = api.post("/test/echo", "{\"name\":\"Asha\",\"count\":2,\"at\":\"2026-11-23T10:00:00Z\",\"extra\":1}");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(json(response).path("at").asText()).isEqualTo("2026-11-23T10:00:00Z");
    }

    @Test
    void malformedJsonIsAValidationProblem() {
        var response = api.post("/test/echo", "{\"name\": ");
        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(errorField(response)).isEqualTo("body");
    }

    @Test
    void aMissingBodyIsAValidationProblem() {
        var response = api.send(api.request("/test/echo").POST(HttpRequest.BodyPublishers.noBody()));
        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(errorField(response)).isEqualTo("body");
    }

    @Test
    void aFieldOfTheWrongTypeIsNamed() {
        var response = api.post("/test/echo", "{\"name\":\"Asha\",\"count\":\"many\"}");
        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(errorField(response)).isEqualTo("count");

        var badTime = api.post("/test/echo", "{\"name\":\"Asha\",\"at\":\"yesterday\"}");
        assertProblem(badTime, 400, "VALIDATION_FAILED");
        assertThat(errorField(badTime)).isEqualTo("at");

        var numberForText = api.post("/test/echo", "{\"name\":42}");
        assertProblem(numberForText, 400, "VALIDATION_FAILED");
        assertThat(errorField(numberForText)).isEqualTo("name");

        var nested = api.post("/test/echo", "{\"name\":\"Asha\",\"tags\":[\"a\",{}]}");
        assertProblem(nested, 400, "VALIDATION_FAILED");
        assertThat(errorField(nested)).isEqualTo("tags[1]");

        var nullPrimitive = api.post("/test/echo", "{\"name\":\"Asha\",\"count\":null}");
        assertProblem(nullPrimitive, 400, "VALIDATION_FAILED");
        assertThat(errorField(nullPrimitive)).isEqualTo("count");
    }

    @Test
    void aRecordRefusingItsInputDuringBindingNamesItsField() {
        var response = api.post("/test/echo", "{\"count\":1}");
        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(errorField(response)).isEqualTo("name");
        assertThat(json(response).path("errors").path(0).path("message").asText()).isEqualTo("must not be blank");
    }

    @Test
    void aBadUuidInThePathIsAValidationProblemNamingIt() {
        var response = api.get("/test/items/not-a-uuid");
        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(errorField(response)).isEqualTo("id");
        assertThat(api.get("/test/items/" + UUID.randomUUID()).statusCode()).isEqualTo(200);
    }

    @Test
    void aDomainRefusalKeepsItsCodeAndStatus() {
        var response = api.get("/test/refusal");
        assertProblem(response, 409, "SLOT_NOT_AVAILABLE");
        assertThat(json(response).path("detail").asText()).isEqualTo("That slot is taken.");
        assertThat(json(response).has("errors")).isFalse();
    }

    @Test
    void headIsGuardedLikeGet() {
        var anonymous = api.send(api.request("/api/admin/system-config").method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertThat(anonymous.statusCode()).isEqualTo(401);

        var admin = api.send(api.request("/api/admin/system-config").method("HEAD", HttpRequest.BodyPublishers.noBody())
                .header("Authorization", "Bearer " + api.tokenFor(in.mrmentor.identity.Role.ADMIN)));
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).isEmpty();
    }

    @Test
    void whatJettyRefusesBeforeRoutingIsAProblemToo() throws Exception {
        try (var socket = new java.net.Socket("127.0.0.1", api.server.port())) {
            socket.getOutputStream().write("GET /api/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 400");
            assertThat(answer).contains("Content-Type: application/problem+json", "X-Request-Id: ", "\"status\":400")
                    .doesNotContain("<h1>");
        }
    }

    @Test
    void anUnknownPathIsNotFound() {
        assertProblem(api.get("/api/nothing-here"), 404, "NOT_FOUND");
    }

    @Test
    void aKnownPathWithTheWrongMethodIsMethodNotAllowed() {
        assertProblem(api.send("DELETE", "/test/echo", null, null), 405, "METHOD_NOT_ALLOWED");
    }

    @Test
    void aBodyOverTheLimitIsTooLarge() {
        String big = "{\"name\":\"" + "x".repeat((int) TestServer.MAX_BODY) + "\"}";
        assertProblem(api.post("/test/echo", big), 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void aChunkedBodyOverTheLimitIsTooLargeToo() {
        byte[] big = ("{\"name\":\"" + "x".repeat((int) TestServer.MAX_BODY) + "\"}").getBytes();
        var response = api.send(api.request("/test/echo").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));
        assertProblem(response, 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void aBugIsAGenericInternalErrorThatLeaksNothing() {
        var response = api.get("/test/boom");
        assertProblem(response, 500, "INTERNAL_ERROR");
        assertThat(response.body()).doesNotContain("secret-detail-xyz", "jdbc", "IllegalStateException", "at in.mrmentor");
    }

    @Test
    void anErrorStatusWithoutABodyStillAnswersWithAProblem() {
        var response = api.get("/test/bodyless");
        assertThat(response.statusCode()).isEqualTo(418);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }

    @Test
    void aSaneRequestIdIsEchoed() {
        var response = api.send(api.request("/api/health").header("X-Request-Id", "client-id_1.2"));
        assertThat(response.headers().firstValue("X-Request-Id")).hasValue("client-id_1.2");
    }

    @Test
    void anInsaneOrMissingRequestIdIsReplacedByAGeneratedOne() {
        var forged = api.send(api.request("/api/health").header("X-Request-Id", "x\" injected=1 " + "y".repeat(200)));
        var missing = api.get("/api/health");
        var error = api.get("/api/nothing-here");
        for (var response : java.util.List.of(forged, missing, error)) {
            String id = response.headers().firstValue("X-Request-Id").orElseThrow();
            assertThat(UUID.fromString(id).toString()).isEqualTo(id);
        }
        assertThat(missing.headers().firstValue("X-Request-Id")).isNotEqualTo(error.headers().firstValue("X-Request-Id"));
    }

    @Test
    void thePlatformHeaderDefaultsAndIsExposedToHandlers() {
        var noHeader = api.get("/test/whoami", Role.USER);
        assertThat(json(noHeader).path("platform").asText()).isEqualTo("mr-mentor");
        var mas = api.send(api.request("/test/whoami").header("Authorization", "Bearer " + api.tokenFor(Role.SALES))
                .header("x-platform", "my-analytics-school"));
        assertThat(json(mas).path("platform").asText()).isEqualTo("my-analytics-school");
        assertThat(json(mas).path("role").asText()).isEqualTo("SALES");
    }

    @Test
    void anUnknownPlatformIsRefusedButOperationalRoutesIgnoreIt() {
        assertProblem(api.send(api.request("/test/echo").header("x-platform", "acme")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"a\"}"))), 400, "UNKNOWN_PLATFORM");
        assertThat(api.send(api.request("/api/health").header("x-platform", "acme")).statusCode()).isEqualTo(200);
        assertThat(api.send(api.request("/openapi.json").header("x-platform", "acme")).statusCode()).isEqualTo(200);
        assertThat(api.send(api.request("/metrics").header("x-platform", "acme")
                .header("Authorization", "Bearer " + TestServer.METRICS_TOKEN)).statusCode()).isEqualTo(200);
    }

    @Test
    void aPreflightFromAnAllowedOriginIsAnswered() {
        var response = api.send(api.request("/api/admin/system-config")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", TestServer.ALLOWED_ORIGIN)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type, x-platform"));
        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(TestServer.ALLOWED_ORIGIN);
        assertThat(response.headers().firstValue("Access-Control-Allow-Headers").orElseThrow())
                .contains("Authorization", "Content-Type", "Idempotency-Key", "X-Request-Id", "x-platform");
        assertThat(response.headers().firstValue("Access-Control-Allow-Methods").orElseThrow()).contains("POST");
    }

    @Test
    void aPreflightFromAnotherOriginIsRefused() {
        var response = api.send(api.request("/api/admin/system-config")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST"));
        assertProblem(response, 403, "CORS_ORIGIN_NOT_ALLOWED");
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void responsesGrantOnlyAllowedOriginsAndExposeTheRequestId() {
        var allowed = api.send(api.request("/api/health").header("Origin", TestServer.ALLOWED_ORIGIN));
        assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue(TestServer.ALLOWED_ORIGIN);
        assertThat(allowed.headers().firstValue("Access-Control-Expose-Headers")).hasValue("X-Request-Id");
        var other = api.send(api.request("/api/health").header("Origin", "https://evil.example"));
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void healthIsUpWhenEveryCheckIs() {
        var response = api.get("/api/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("status").asText()).isEqualTo("UP");
        assertThat(json(response).path("checks").path("database").asText()).isEqualTo("UP");
        assertThat(json(response).path("checks").path("queue").asText()).isEqualTo("UP");
    }

    @Test
    void openApiDescribesEveryRegisteredRoute() {
        var response = api.get("/openapi.json");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode doc = json(response);
        assertThat(doc.path("openapi").asText()).startsWith("3.0");
        for (Route route : api.server.routes()) {
            JsonNode operation = doc.path("paths").path(route.path()).path(route.method().name().toLowerCase());
            assertThat(operation.isObject()).as(route.toString()).isTrue();
            assertThat(operation.path("summary").asText()).isEqualTo(route.summary());
            assertThat(operation.path("tags").path(0).asText()).isNotBlank();
            if (route.access().isPublic()) {
                assertThat(operation.path("security").size()).as(route.toString()).isZero();
            } else {
                assertThat(operation.path("security").path(0).has("bearerAuth")).as(route.toString()).isTrue();
            }
        }
        Set<String> documented = new HashSet<>();
        for (Iterator<String> paths = doc.path("paths").fieldNames(); paths.hasNext(); ) {
            String path = paths.next();
            doc.path("paths").path(path).fieldNames().forEachRemaining(method -> documented.add(method + " " + path));
        }
        assertThat(documented).hasSize(api.server.routes().size());
        JsonNode upsert = doc.path("paths").path("/api/admin/system-config").path("post");
        assertThat(upsert.path("x-roles").path(0).asText()).isEqualTo("ADMIN");
        assertThat(upsert.path("requestBody").path("content").path("application/json").path("schema")
                .path("$ref").asText()).isEqualTo("#/components/schemas/UpsertBody");
        assertThat(doc.path("components").path("schemas").path("UpsertBody").path("properties").has("isActive")).isTrue();
        assertThat(doc.path("components").path("schemas").has("Problem")).isTrue();
    }

    @Test
    void metricsNeedAnAdminOrTheMetricsToken() {
        assertProblem(api.get("/metrics"), 401, "UNAUTHENTICATED");
        assertProblem(api.send(api.request("/metrics").header("Authorization", "Bearer not-the-token")), 401,
                "UNAUTHENTICATED");
        assertProblem(api.get("/metrics", Role.EXPERT), 403, "FORBIDDEN");
        assertThat(api.get("/metrics", Role.ADMIN).statusCode()).isEqualTo(200);
        assertThat(api.get("/metrics", Role.SUPERADMIN).statusCode()).isEqualTo(200);
    }

    @Test
    void metricsAreTimedByRouteTemplate() {
        api.get("/test/items/" + UUID.randomUUID());
        api.get("/test/items/" + UUID.randomUUID());
        var response = api.send(api.request("/metrics").header("Authorization", "Bearer " + TestServer.METRICS_TOKEN));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(response.body())
                .contains("http_server_requests_seconds_count{method=\"GET\",route=\"/test/items/{id}\",status=\"200\"}")
                .doesNotContain("route=\"/test/items/" + "0");
    }
}
