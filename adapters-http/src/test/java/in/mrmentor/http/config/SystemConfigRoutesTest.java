package in.mrmentor.http.config;

import com.fasterxml.jackson.databind.JsonNode;
import in.mrmentor.http.TestServer;
import in.mrmentor.identity.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SystemConfigRoutesTest {
    private final TestServer api = new TestServer();

    @AfterEach
    void stop() {
        api.close();
    }

    private JsonNode upsert(String json) {
        HttpResponse<String> response = api.send("POST", "/api/admin/system-config", Role.ADMIN, json);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return TestServer.json(response);
    }

    @Test
    void anAdminUpsertsAndAnyoneReadsAPublicKey() {
        JsonNode created = upsert("{\"key\":\"support.email\",\"value\":\"help@mrmentor.in\",\"label\":\"Support\"}");
        assertThat(created.path("isActive").asBoolean()).isTrue();
        assertThat(created.has("active")).isFalse();
        assertThat(created.path("secret").asBoolean()).isFalse();
        assertThat(created.path("createdAt").asText()).endsWith("Z");
        UUID.fromString(created.path("id").asText());

        var read = api.get("/api/system-config/support.email");
        assertThat(read.statusCode()).isEqualTo(200);
        JsonNode body = TestServer.json(read);
        assertThat(body.path("key").asText()).isEqualTo("support.email");
        assertThat(body.path("value").asText()).isEqualTo("help@mrmentor.in");
        assertThat(body.path("label").asText()).isEqualTo("Support");
        assertThat(body.has("description")).isTrue();

        JsonNode changed = upsert("{\"key\":\"support.email\",\"value\":\"care@mrmentor.in\"}");
        assertThat(changed.path("id").asText()).isEqualTo(created.path("id").asText());
        assertThat(changed.path("label").asText()).isEqualTo("Support");
    }

    @Test
    void secretInactiveAndMissingKeysAllLookMissingToThePublic() {
        upsert("{\"key\":\"razorpay.secret\",\"value\":\"rzp-live-abc\",\"secret\":true}");
        upsert("{\"key\":\"old.banner\",\"value\":\"hi\",\"isActive\":false}");
        for (String key : new String[] {"razorpay.secret", "old.banner", "no.such.key"}) {
            var response = api.get("/api/system-config/" + key);
            assertThat(response.statusCode()).as(key).isEqualTo(404);
            assertThat(TestServer.json(response).path("code").asText()).isEqualTo("CONFIG_NOT_FOUND");
            assertThat(response.body()).doesNotContain("rzp-live-abc");
        }
    }

    @Test
    void theAdminListIsOrderedByKeyWithSecretsMasked() {
        upsert("{\"key\":\"b.secret\",\"value\":\"rzp-live-abc\",\"secret\":true}");
        upsert("{\"key\":\"a.plain\",\"value\":\"visible\"}");
        var response = api.get("/api/admin/system-config", Role.ADMIN);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("rzp-live-abc");
        JsonNode items = TestServer.json(response).path("items");
        assertThat(items).hasSize(2);
        assertThat(items.path(0).path("key").asText()).isEqualTo("a.plain");
        assertThat(items.path(0).path("value").asText()).isEqualTo("visible");
        assertThat(items.path(1).path("value").asText()).isEqualTo("********");
        assertThat(TestServer.json(response).path("nextCursor").isNull()).isTrue();
        assertThat(api.configs.findByKey("b.secret").orElseThrow().storedValue()).doesNotContain("rzp-live-abc");
    }

    @Test
    void anAdminUpdatesAndDeletesById() {
        String id = upsert("{\"key\":\"banner\",\"value\":\"old\"}").path("id").asText();
        var updated = api.send("PUT", "/api/admin/system-config/" + id, Role.SUPERADMIN,
                "{\"value\":\"new\",\"isActive\":false,\"description\":\"homepage\"}");
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(TestServer.json(updated).path("value").asText()).isEqualTo("new");
        assertThat(TestServer.json(updated).path("isActive").asBoolean()).isFalse();

        var deleted = api.send("DELETE", "/api/admin/system-config/" + id, Role.ADMIN, null);
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();
        assertThat(api.send("DELETE", "/api/admin/system-config/" + id, Role.ADMIN, null).statusCode()).isEqualTo(404);
        assertThat(api.send("PUT", "/api/admin/system-config/" + id, Role.ADMIN, "{}").statusCode()).isEqualTo(404);
    }

    @Test
    void badInputIsAValidationProblemNamingTheField() {
        var badId = api.send("PUT", "/api/admin/system-config/not-a-uuid", Role.ADMIN, "{\"value\":\"x\"}");
        assertThat(badId.statusCode()).isEqualTo(400);
        assertThat(TestServer.json(badId).path("errors").path(0).path("field").asText()).isEqualTo("id");

        var badKey = api.send("POST", "/api/admin/system-config", Role.ADMIN, "{\"key\":\"has space\",\"value\":\"x\"}");
        assertThat(badKey.statusCode()).isEqualTo(400);
        assertThat(TestServer.json(badKey).path("code").asText()).isEqualTo("VALIDATION_FAILED");
        assertThat(TestServer.json(badKey).path("errors").path(0).path("field").asText()).isEqualTo("key");

        var missingValue = api.send("POST", "/api/admin/system-config", Role.ADMIN, "{\"key\":\"k\"}");
        assertThat(missingValue.statusCode()).isEqualTo(400);
        assertThat(TestServer.json(missingValue).path("errors").path(0).path("field").asText()).isEqualTo("value");

        var wrongType = api.send("POST", "/api/admin/system-config", Role.ADMIN,
                "{\"key\":\"k\",\"value\":\"v\",\"isActive\":\"yes\"}");
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(TestServer.json(wrongType).path("errors").path(0).path("field").asText()).isEqualTo("isActive");
    }

    @Test
    void onlyAdminsReachTheAdminRoutes() {
        for (Role role : new Role[] {Role.USER, Role.EXPERT, Role.SALES}) {
            assertThat(api.get("/api/admin/system-config", role).statusCode()).isEqualTo(403);
            assertThat(api.get("/api/admin/feature-flags", role).statusCode()).isEqualTo(403);
        }
        assertThat(api.get("/api/admin/system-config").statusCode()).isEqualTo(401);
    }

    @Test
    void featureFlagsListTheKillSwitches() {
        var response = api.get("/api/admin/feature-flags", Role.ADMIN);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode flags = TestServer.json(response);
        assertThat(flags.path("tokenRequestFlow").asBoolean()).isTrue();
        assertThat(flags.path("resumeReviewSpend").asBoolean()).isTrue();
        assertThat(flags.path("starterBundle").asBoolean()).isTrue();
        assertThat(flags.path("grantAudit").asBoolean()).isTrue();
        assertThat(flags.path("applicationMeetings").asBoolean()).isTrue();
        assertThat(flags.has("seeding")).isFalse();
    }
}
