package in.mrmentor.bootstrap;

import in.mrmentor.persistence.testing.TestPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import static in.mrmentor.bootstrap.ApiClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code PATCH /api/admin/users/{id}} end to end: tokens end at once, only SUPERADMIN touches administrators. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserAccessOverHttpTest {
    private static final String ROOT_EMAIL = "root@mrmentor.test";
    private static final String ROOT_PASSWORD = "bootstrap-admin-pass";

    @TempDir
    static Path dataDir;

    private MasServer app;
    private ApiClient api;

    @BeforeAll
    void start() {
        app = MasServer.start(SettingsReader.read(Map.of(
                "MAS_DATA_DIR", dataDir.toString(), "PORT", "0", "HOST", "127.0.0.1",
                "DATABASE_URL", TestPostgres.get().databaseUrl(TestPostgres.get().freshDatabaseName()),
                "ADMIN_EMAIL", ROOT_EMAIL, "ADMIN_PASSWORD", ROOT_PASSWORD,
                "AUTH_IP_MAX_PER_MINUTE", "10000")));
        api = new ApiClient(app.port());
    }

    @AfterAll
    void stop() {
        app.close();
    }

    private static String uniqueEmail() {
        return "user-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    private String login(String email, String password) {
        return api.post("/api/auth/login", null, json("email", email, "password", password)).text("accessToken");
    }

    private String root() {
        return login(ROOT_EMAIL, ROOT_PASSWORD);
    }

    private ApiClient.Response create(String role) {
        return api.post("/api/admin/users", root(), json("email", uniqueEmail(), "password", "role-password",
                "name", "Someone", "role", role));
    }

    private ApiClient.Response patch(String token, String id, String body) {
        return api.send("PATCH", "/api/admin/users/" + id, token, body);
    }

    private String idOf(String email) {
        return app.module(in.mrmentor.bootstrap.identity.IdentityModule.class).listUsers
                .list(new in.mrmentor.identity.ListUsers.Query(null, 200, null)).items().stream()
                .filter(user -> user.email().equals(email)).findFirst().orElseThrow().id().toString();
    }

    @Test
    void aDeactivatedUsersTokenStopsAtOnce() {
        var student = create("USER");
        String token = login(student.text("email"), "role-password");
        assertThat(api.get("/api/auth/me", token).status()).isEqualTo(200);

        var patched = patch(root(), student.text("id"), json("active", false));

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.body().path("active").asBoolean()).isFalse();
        assertThat(api.get("/api/auth/me", token).status()).isEqualTo(401);
        assertThat(api.post("/api/auth/login", null, json("email", student.text("email"), "password", "role-password"))
                .status()).isEqualTo(401);
    }

    @Test
    void aRoleChangeEndsTheOldTokensAndANameChangeDoesNot() {
        var student = create("USER");
        String token = login(student.text("email"), "role-password");

        var renamed = patch(root(), student.text("id"), json("name", "Asha R."));
        assertThat(renamed.text("name")).isEqualTo("Asha R.");
        assertThat(api.get("/api/auth/me", token).status()).isEqualTo(200);

        var mentor = patch(root(), student.text("id"), json("role", "EXPERT"));
        assertThat(mentor.status()).isEqualTo(200);
        assertThat(mentor.text("role")).isEqualTo("EXPERT");
        assertThat(api.get("/api/auth/me", token).status()).isEqualTo(401);
        assertThat(api.get("/api/auth/me", login(student.text("email"), "role-password")).text("role")).isEqualTo("EXPERT");
    }

    @Test
    void anAdminCannotGrantOrTouchAdministration() {
        String admin = login(create("ADMIN").text("email"), "role-password");
        var student = create("USER");
        var otherAdmin = create("ADMIN");

        var grant = patch(admin, student.text("id"), json("role", "ADMIN"));
        assertThat(grant.status()).isEqualTo(403);
        assertThat(grant.code()).isEqualTo("FORBIDDEN");
        assertThat(patch(admin, otherAdmin.text("id"), json("active", false)).status()).isEqualTo(403);
        assertThat(patch(admin, idOf(ROOT_EMAIL), json("active", false)).status()).isEqualTo(403);
        assertThat(patch(admin, student.text("id"), json("active", false)).status()).as("an everyday account").isEqualTo(200);
    }

    @Test
    void theLastActiveSuperadminCannotBeDeactivatedOrDemoted() {
        String rootId = idOf(ROOT_EMAIL);

        var deactivate = patch(root(), rootId, json("active", false));
        assertThat(deactivate.status()).isEqualTo(409);
        assertThat(deactivate.code()).isEqualTo("LAST_SUPERADMIN");
        var demote = patch(root(), rootId, json("role", "ADMIN"));
        assertThat(demote.status()).isEqualTo(409);
        assertThat(demote.code()).isEqualTo("LAST_SUPERADMIN");
        assertThat(api.get("/api/auth/me", root()).text("role")).isEqualTo("SUPERADMIN");
    }

    @Test
    void anUnknownUserIs404AndABadRoleIs400() {
        var missing = patch(root(), UUID.randomUUID().toString(), json("active", false));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.code()).isEqualTo("USER_NOT_FOUND");

        var badRole = patch(root(), create("USER").text("id"), json("role", "KING"));
        assertThat(badRole.status()).isEqualTo(400);
        assertThat(badRole.body().path("errors").findValuesAsText("field")).contains("role");
        var badActive = patch(root(), UUID.randomUUID().toString(), "{\"active\":\"no\"}");
        assertThat(badActive.status()).isEqualTo(400);
    }
}
