package in.mrmentor.http;

import in.mrmentor.shared.port.HealthCheck;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import static in.mrmentor.http.TestServer.json;
import static org.assertj.core.api.Assertions.assertThat;

class ServerLifecycleTest {

    @Test
    void healthIsDownWhenADependencyIs() {
        HealthCheck hanging = new HealthCheck() {
            @Override
            public String name() {
                return "blobStore";
            }

            @Override
            public boolean isUp() {
                try {
                    Thread.sleep(10_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return true;
            }
        };
        HealthCheck throwing = new HealthCheck() {
            @Override
            public String name() {
                return "queue";
            }

            @Override
            public boolean isUp() {
                throw new IllegalStateException("boom");
            }
        };
        try (var api = new TestServer(List.of(TestServer.check("database", false), throwing, hanging,
                TestServer.check("mail", true)))) {
            long started = System.nanoTime();
            var response = api.get("/api/health");
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(json(response).path("status").asText()).isEqualTo("DOWN");
            assertThat(json(response).path("checks").path("database").asText()).isEqualTo("DOWN");
            assertThat(json(response).path("checks").path("queue").asText()).isEqualTo("DOWN");
            assertThat(json(response).path("checks").path("blobStore").asText()).isEqualTo("DOWN");
            assertThat(json(response).path("checks").path("mail").asText()).isEqualTo("UP");
            assertThat(millis).as("checks run in parallel with a timeout").isLessThan(4_000);
        }
    }

    @Test
    void stopLetsAnInFlightRequestFinish() throws Exception {
        var api = new TestServer();
        var inFlight = CompletableFuture.supplyAsync(() -> api.get("/test/slow"));
        Thread.sleep(200);
        api.close();
        var response = inFlight.get();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("done");
    }

    @Test
    void aRequestOutlastingTheShutdownTimeoutIsCutAndStopStillReturns() {
        var api = new TestServer(List.of(), java.time.Duration.ofMillis(100));
        var inFlight = CompletableFuture.supplyAsync(() -> api.get("/test/slow"));
        long started = System.nanoTime();
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }

        api.close();

        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration.ofSeconds(5));
        inFlight.handle((response, error) -> null).join();
    }

    @Test
    void settingsNeverShowTheMetricsToken() {
        var settings = HttpSettings.onPort(0).withMetricsToken("very-secret-metrics-token");
        assertThat(settings.toString()).doesNotContain("very-secret-metrics-token");
        assertThat(settings.host()).isEqualTo("0.0.0.0");
        assertThat(settings.maxRequestBytes()).isEqualTo(1024 * 1024);
    }
}
