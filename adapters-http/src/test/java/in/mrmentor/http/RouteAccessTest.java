package in.mrmentor.http;

import in.mrmentor.identity.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Walks every route the server registered and proves its declared access is what the server enforces. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteAccessTest {
    /** Routes anyone may call. A route missing from here that turns out public fails this test. */
    private static final Set<String> PUBLIC = Set.of(
            "GET /api/health",
            "GET /openapi.json",
            "GET /docs", "GET /docs/{asset}",
            "GET /api/system-config/{key}",
            "POST /test/echo", "GET /test/boom", "GET /test/refusal", "GET /test/bodyless", "GET /test/slow",
            "GET /test/items/{id}", "GET /test/words/{word}", "GET /test/since", "POST /test/poke");

    private final TestServer api = new TestServer();

    @AfterAll
    void stop() {
        api.close();
    }

    private static String concrete(String template) {
        return template.replaceAll("\\{[^}]+}", "00000000-0000-0000-0000-000000000000");
    }

    @Test
    void everyRouteIsEitherListedPublicOrGuarded() {
        List<Route> routes = api.server.routes();
        assertThat(routes).hasSizeGreaterThan(10);
        Set<String> declaredPublic = routes.stream().filter(route -> route.access().isPublic())
                .map(Route::toString).collect(Collectors.toSet());
        assertThat(declaredPublic).isEqualTo(PUBLIC);

        for (Route route : routes) {
            if (PUBLIC.contains(route.toString())) {
                continue;
            }
            String path = concrete(route.path());
            var anonymous = api.send(route.method().name(), path, null, "{}");
            assertThat(anonymous.statusCode()).as("%s without a token", route).isEqualTo(401);
            assertThat(TestServer.json(anonymous).path("code").asText()).isEqualTo("UNAUTHENTICATED");

            var forged = api.send(api.request(path).method(route.method().name(),
                    java.net.http.HttpRequest.BodyPublishers.noBody()).header("Authorization", "Bearer forged.token.here"));
            assertThat(forged.statusCode()).as("%s with a forged token", route).isEqualTo(401);

            List<Role> refused = Arrays.stream(Role.values()).filter(role -> !route.access().allows(role)).toList();
            for (Role role : refused) {
                var response = api.send(route.method().name(), path, role, "{}");
                assertThat(response.statusCode()).as("%s as %s", route, role).isEqualTo(403);
                assertThat(TestServer.json(response).path("code").asText()).isEqualTo("FORBIDDEN");
            }
            List<Role> allowed = Arrays.stream(Role.values()).filter(role -> route.access().allows(role)).toList();
            assertThat(allowed).as("%s must admit some role", route).isNotEmpty();
            var admitted = api.send(route.method().name(), path, allowed.get(0), "{}");
            assertThat(admitted.statusCode()).as("%s as %s", route, allowed.get(0)).isNotIn(401, 403);
        }
    }

    @Test
    void superadminMayDoWhatAdminMay() {
        assertThat(api.get("/api/admin/system-config", Role.SUPERADMIN).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/admin/system-config", Role.ADMIN).statusCode()).isEqualTo(200);
    }
}
