package in.mrmentor.external.mrhire;

import com.fasterxml.jackson.databind.ObjectMapper;
import in.mrmentor.config.port.MrHire;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The Mr. Hire backend's internal API over HTTP: {@code POST {MR_HIRE_BACKEND_URL}/api/internal/call-providers/refresh}
 * with {@code {"providers": [...]}} and the {@code X-Internal-Service-Token} header (seed 000).
 */
public final class HttpMrHire implements MrHire {
    static final String REFRESH_PATH = "/api/internal/call-providers/refresh";
    static final String TOKEN_HEADER = "X-Internal-Service-Token";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final MrHireSettings settings;
    private final HttpClient http;

    public HttpMrHire(MrHireSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    @Override
    public boolean isConfigured() {
        return true;
    }

    @Override
    public void refreshCallProviders(List<String> providers) {
        String base = settings.backendUrl().toString().replaceAll("/+$", "");
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(base + REFRESH_PATH))
                    .timeout(TIMEOUT)
                    .header("Content-Type", "application/json")
                    .header(TOKEN_HEADER, settings.internalServiceToken())
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("providers", providers))))
                    .build();
        } catch (IOException e) {
            throw new IllegalStateException("could not write the providers as JSON", e);
        }
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 != 2) {
                throw new MrHireUnavailable("Mr. Hire answered HTTP " + response.statusCode() + " to the call-provider refresh");
            }
        } catch (IOException e) {
            throw new MrHireUnavailable("Mr. Hire could not be reached: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MrHireUnavailable("interrupted while calling Mr. Hire");
        }
    }
}
