package in.mrmentor.external.mrhire;

import com.github.tomakehurst.wiremock.WireMockServer;
import in.mrmentor.config.port.MrHire;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link HttpMrHire} against a stub of the Mr. Hire backend's internal API. */
class HttpMrHireTest {
    private static final String TOKEN = "internal-service-token-for-tests";
    private static WireMockServer mrHire;
    private HttpMrHire client;

    @BeforeAll
    static void start() {
        mrHire = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        mrHire.start();
    }

    @AfterAll
    static void stop() {
        mrHire.stop();
    }

    @BeforeEach
    void fresh() {
        mrHire.resetAll();
        // A trailing slash in MR_HIRE_BACKEND_URL must not double the path's.
        client = new HttpMrHire(new MrHireSettings(URI.create(mrHire.baseUrl() + "/"), TOKEN));
    }

    @Test
    void theProvidersArePostedWithTheInternalServiceToken() {
        mrHire.stubFor(post(urlEqualTo("/api/internal/call-providers/refresh")).willReturn(aResponse().withStatus(200)));

        client.refreshCallProviders(List.of("aarya", "exotel"));

        mrHire.verify(postRequestedFor(urlEqualTo("/api/internal/call-providers/refresh"))
                .withHeader("X-Internal-Service-Token", equalTo(TOKEN))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"providers\":[\"aarya\",\"exotel\"]}")));
    }

    @Test
    void aRefusalIsAnOutageThatNamesTheStatusButNotTheToken() {
        mrHire.stubFor(post(urlEqualTo("/api/internal/call-providers/refresh")).willReturn(aResponse().withStatus(500)));

        assertThatThrownBy(() -> client.refreshCallProviders(List.of()))
                .isInstanceOf(MrHire.MrHireUnavailable.class)
                .hasMessageContaining("500")
                .hasMessageNotContaining(TOKEN);
    }

    @Test
    void anUnreachableBackendIsAnOutage() {
        var nowhere = new HttpMrHire(new MrHireSettings(URI.create("http://127.0.0.1:1"), TOKEN));

        assertThatThrownBy(() -> nowhere.refreshCallProviders(List.of("aarya"))).isInstanceOf(MrHire.MrHireUnavailable.class);
    }
}
