package in.mrmentor.external.pap;

import com.github.tomakehurst.wiremock.WireMockServer;
import in.mrmentor.pap.port.ESignProvider;
import in.mrmentor.shared.DomainException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Leegality adapter against a WireMock stub of its API: create request, callback mac, document details. */
class LeegalityESignTest {
    private static final String TOKEN = "leegality-token";
    private static final String SALT = "private-salt";
    private static final byte[] PDF = "%PDF-1.4 mou".getBytes(StandardCharsets.US_ASCII);

    private WireMockServer leegality;
    private final AtomicReference<Optional<LeegalitySettings>> settings = new AtomicReference<>(Optional.empty());
    private LeegalityESign adapter;

    @BeforeEach
    void start() {
        leegality = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        leegality.start();
        settings.set(Optional.of(new LeegalitySettings(leegality.baseUrl() + "/", TOKEN, SALT,
                "{\"profileId\":\"prof-1\",\"stampSeries\":\"MH\"}")));
        adapter = new LeegalityESign(settings::get);
    }

    @AfterEach
    void stop() {
        leegality.stop();
    }

    private static String callback(String documentId, String mac) {
        return "{\"documentId\":\"" + documentId + "\",\"documentStatus\":\"COMPLETED\",\"irn\":\"x\",\"mac\":\"" + mac
                + "\",\"invitations\":[]}";
    }

    @Test
    void aSignRequestCarriesTheTokenTheTemplateTheFileTheInviteeAndOurIrn() {
        UUID irn = UUID.randomUUID();
        leegality.stubFor(post(urlEqualTo("/api/v3.0/sign/request")).withHeader("X-Auth-Token", equalTo(TOKEN))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"status\":1,\"data\":{\"documentId\":\"DOC42\",\"invitees\":[{\"name\":\"Asha Rao\","
                                + "\"email\":\"asha@example.com\",\"signUrl\":\"https://sandbox.leegality.com/sign/abc\"}]},"
                                + "\"messages\":[]}")));

        var request = adapter.requestSignature(irn, PDF, new ESignProvider.Invitee("Asha Rao", "asha@example.com"));

        assertThat(request.documentId()).isEqualTo("DOC42");
        assertThat(request.signUrl()).isEqualTo("https://sandbox.leegality.com/sign/abc");
        assertThat(request.signedAtOnce()).isNull();
        leegality.verify(postRequestedFor(urlEqualTo("/api/v3.0/sign/request"))
                .withHeader("X-Auth-Token", equalTo(TOKEN))
                .withRequestBody(matchingJsonPath("$.profileId", equalTo("prof-1")))
                .withRequestBody(matchingJsonPath("$.irn", equalTo(irn.toString())))
                .withRequestBody(matchingJsonPath("$.invitees[0].email", equalTo("asha@example.com")))
                .withRequestBody(matchingJsonPath("$.file.file", equalTo(Base64.getEncoder().encodeToString(PDF)))));
    }

    @Test
    void aRefusedOrUnreachableRequestIsAProviderFailureAndNoSettingsIsNotConfigured() {
        leegality.stubFor(post(urlEqualTo("/api/v3.0/sign/request")).willReturn(aResponse().withStatus(200)
                .withBody("{\"status\":0,\"messages\":[{\"code\":\"x\",\"message\":\"bad profile\"}]}")));
        assertThatThrownBy(() -> adapter.requestSignature(UUID.randomUUID(), PDF, new ESignProvider.Invitee("A", "a@b.in")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("ESIGN_PROVIDER_FAILED"));

        settings.set(Optional.empty());
        assertThatThrownBy(() -> adapter.requestSignature(UUID.randomUUID(), PDF, new ESignProvider.Invitee("A", "a@b.in")))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("INTEGRATION_NOT_CONFIGURED"));
    }

    @Test
    void aCallbackIsAuthenticOnlyWithTheMacOfItsDocumentId() {
        String mac = LeegalityESign.macOf("DOC42", SALT);
        assertThat(mac).hasSize(40);

        assertThat(adapter.authenticCallback(callback("DOC42", mac).getBytes(StandardCharsets.UTF_8))).isEqualTo("DOC42");
        assertThat(adapter.authenticCallback(callback("DOC42", mac.toUpperCase()).getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("DOC42");
        for (String forged : new String[]{callback("DOC43", mac), callback("DOC42", LeegalityESign.macOf("DOC42", "other")),
                callback("DOC42", ""), "{\"documentId\":\"DOC42\"}", "not json"}) {
            assertThatThrownBy(() -> adapter.authenticCallback(forged.getBytes(StandardCharsets.UTF_8))).as(forged)
                    .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("INVALID_MAC"));
        }
    }

    @Test
    void theDocumentsStateAndSignedFileComeFromTheDetailsApi() {
        byte[] signed = "%PDF-1.4 signed".getBytes(StandardCharsets.US_ASCII);
        leegality.stubFor(get(urlPathEqualTo("/api/v3.1/document/details")).withQueryParam("documentId", equalTo("DOC42"))
                .withHeader("X-Auth-Token", equalTo(TOKEN))
                .willReturn(aResponse().withStatus(200).withBody("{\"status\":1,\"data\":{\"status\":\"COMPLETED\","
                        + "\"files\":[{\"name\":\"MOU.pdf\",\"file\":\"" + Base64.getEncoder().encodeToString(signed) + "\"}]}}")));
        leegality.stubFor(get(urlPathEqualTo("/api/v3.1/document/details")).withQueryParam("documentId", equalTo("DOC7"))
                .willReturn(aResponse().withStatus(200).withBody("{\"status\":1,\"data\":{\"status\":\"SENT\",\"files\":[]}}")));

        assertThat(adapter.isCompleted("DOC42")).isTrue();
        assertThat(adapter.signedDocument("DOC42")).isEqualTo(signed);
        assertThat(adapter.isCompleted("DOC7")).isFalse();
        assertThatThrownBy(() -> adapter.signedDocument("DOC7")).isInstanceOf(DomainException.class);
    }

    @Test
    void theDemoProviderSignsAtOnceAndAcceptsNoCallback() {
        var demo = new DemoAutoVerifyESign();
        var request = demo.requestSignature(UUID.randomUUID(), PDF, new ESignProvider.Invitee("A", "a@b.in"));
        assertThat(request.signedAtOnce()).isEqualTo(PDF);
        assertThatThrownBy(() -> demo.authenticCallback(callback("DOC42", "x").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("INVALID_MAC"));
    }
}
