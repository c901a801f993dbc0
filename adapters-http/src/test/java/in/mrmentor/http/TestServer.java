package in.mrmentor.http;

import com.fasterxml.jackson.databind.JsonNode;
import in.mrmentor.config.DeleteConfig;
import in.mrmentor.config.FakeSecretCipher;
import in.mrmentor.config.FeatureFlags;
import in.mrmentor.config.ListConfigs;
import in.mrmentor.config.ReadPublicConfig;
import in.mrmentor.config.UpdateConfig;
import in.mrmentor.config.UpsertConfig;
import in.mrmentor.config.port.memory.InMemorySystemConfigs;
import in.mrmentor.http.auth.Authenticator;
import in.mrmentor.http.auth.JwtAccessTokens;
import in.mrmentor.http.config.SystemConfigRoutes;
import in.mrmentor.http.json.Json;
import in.mrmentor.identity.Role;
import in.mrmentor.shared.port.HealthCheck;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.memory.InMemoryTransactions;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** A real server on a free port with the probe and config routes, and a client that speaks to it. */
public final class TestServer implements AutoCloseable {
    public static final String METRICS_TOKEN = "metrics-token-for-tests-0123456789";
    public static final String ALLOWED_ORIGIN = "https://app.mrmentor.in";
    public static final long MAX_BODY = 64 * 1024;

    public final JwtAccessTokens tokens = new JwtAccessTokens("an-hs256-test-secret-of-at-least-32-bytes!", Duration.ofMinutes(15),
            Clock.systemUTC());
    public final InMemorySystemConfigs configs = new InMemorySystemConfigs();
    public final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    public final HttpServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public TestServer() {
        this(List.of(check("database", true), check("queue", true)));
    }

    public TestServer(List<HealthCheck> checks) {
        this(checks, Duration.ofSeconds(5));
    }

    public TestServer(List<HealthCheck> checks, Duration shutdownTimeout) {
        var transactions = new InMemoryTransactions();
        transactions.enlist(configs);
        var cipher = new FakeSecretCipher();
        var clock = Clock.systemUTC();
        var configRoutes = new SystemConfigRoutes(new ReadPublicConfig(configs), new ListConfigs(configs),
                new UpsertConfig(configs, cipher, transactions, clock, Ids.random()),
                new UpdateConfig(configs, cipher, transactions, clock),
                new DeleteConfig(configs, transactions), FeatureFlags.defaults());
        var settings = HttpSettings.onPort(0)
                .withCorsAllowedOrigins(List.of(ALLOWED_ORIGIN))
                .withMaxRequestBytes(MAX_BODY)
                .withMetricsToken(METRICS_TOKEN)
                .withShutdownTimeout(shutdownTimeout);
        server = HttpServer.create(settings, Authenticator.trusting(tokens), registry, checks,
                List.of(configRoutes, new ProbeRoutes())).start();
    }

    public static HealthCheck check(String name, boolean up) {
        return new HealthCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean isUp() {
                return up;
            }
        };
    }

    public String tokenFor(Role role) {
        return tokens.issue(UUID.randomUUID(), role, 0).token();
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path)).timeout(Duration.ofSeconds(10));
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<String> get(String path, Role role) {
        return send(request(path).GET().header("Authorization", "Bearer " + tokenFor(role)));
    }

    public HttpResponse<String> post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> send(String method, String path, Role role, String json) {
        var request = request(path).method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json)).header("Content-Type", "application/json");
        if (role != null) {
            request.header("Authorization", "Bearer " + tokenFor(role));
        }
        return send(request);
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return Json.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
