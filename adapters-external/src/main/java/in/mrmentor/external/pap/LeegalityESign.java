package in.mrmentor.external.pap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import in.mrmentor.pap.PapErrors;
import in.mrmentor.pap.port.ESignProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Leegality over its REST API, authenticated by the {@code X-Auth-Token} header:
 * <ul>
 *   <li>{@code POST {base}/api/v3.0/sign/request}: the create-request template completed with the
 *   PDF (base64), the invitee and our {@code irn}; keeps {@code data.documentId} and the invitee's
 *   {@code signUrl};</li>
 *   <li>callbacks carry {@code documentId} and {@code mac} = hex HMAC-SHA1(documentId, private salt),
 *   compared in constant time;</li>
 *   <li>{@code GET {base}/api/v3.1/document/details?documentId=...}: the document's {@code status}
 *   (only {@code COMPLETED} counts) and its signed file ({@code data.files[0].file}, base64).</li>
 * </ul>
 * The settings are resolved at every call (env first, then the encrypted {@code system_configs}
 * rows, the seed's two tiers), so an admin's row takes effect without a restart; none -> 503.
 */
public final class LeegalityESign implements ESignProvider {
    private static final Logger LOG = LoggerFactory.getLogger(LeegalityESign.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final String HMAC = "HmacSHA1";

    private final Supplier<Optional<LeegalitySettings>> settings;
    private final HttpClient http;

    public LeegalityESign(Supplier<Optional<LeegalitySettings>> settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    private LeegalitySettings settings() {
        return settings.get().orElseThrow(() -> PapErrors.notConfigured("E-signing (Leegality)"));
    }

    @Override
    public SignRequest requestSignature(UUID irn, byte[] pdf, Invitee invitee) {
        var account = settings();
        ObjectNode body;
        try {
            JsonNode template = JSON.readTree(account.createRequestTemplate());
            body = template instanceof ObjectNode object ? object : JSON.createObjectNode();
        } catch (IOException e) {
            LOG.warn("The Leegality create-request template is not JSON; sending the request without it");
            body = JSON.createObjectNode();
        }
        body.putObject("file").put("name", "MOU-" + irn + ".pdf").put("file", Base64.getEncoder().encodeToString(pdf));
        body.putArray("invitees").addObject().put("name", invitee.name()).put("email", invitee.email());
        body.put("irn", irn.toString());
        var request = HttpRequest.newBuilder(URI.create(account.baseUrl() + "/api/v3.0/sign/request"))
                .timeout(TIMEOUT).header("X-Auth-Token", account.authToken())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        JsonNode data = call(request).path("data");
        String documentId = data.path("documentId").asText("");
        String signUrl = data.path("invitees").path(0).path("signUrl").asText("");
        if (documentId.isEmpty() || signUrl.isEmpty()) {
            throw PapErrors.providerFailed("The e-sign provider did not return a document; try again later.");
        }
        return new SignRequest(documentId, signUrl, null);
    }

    @Override
    public String authenticCallback(byte[] rawBody) {
        var account = settings();
        JsonNode callback;
        try {
            callback = JSON.readTree(rawBody);
        } catch (IOException e) {
            throw PapErrors.invalidMac();
        }
        String documentId = callback == null ? "" : callback.path("documentId").asText("");
        String mac = callback == null ? "" : callback.path("mac").asText("");
        if (documentId.isEmpty() || mac.isEmpty()) {
            throw PapErrors.invalidMac();
        }
        byte[] expected = HexFormat.of().formatHex(hmac(account.privateSalt(), documentId)).getBytes(StandardCharsets.US_ASCII);
        byte[] given = mac.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            throw PapErrors.invalidMac();
        }
        return documentId;
    }

    /** Hex HMAC-SHA1 of the document id with the salt: the {@code mac} Leegality sends. */
    public static String macOf(String documentId, String salt) {
        return HexFormat.of().formatHex(hmac(salt, documentId));
    }

    private static byte[] hmac(String salt, String message) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(salt.getBytes(StandardCharsets.UTF_8), HMAC));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
        }
    }

    @Override
    public boolean isCompleted(String documentId) {
        return "COMPLETED".equalsIgnoreCase(details(documentId).path("status").asText(""));
    }

    @Override
    public byte[] signedDocument(String documentId) {
        String file = details(documentId).path("files").path(0).path("file").asText("");
        if (file.isEmpty()) {
            throw PapErrors.providerFailed("The e-sign provider has no signed file for this document yet.");
        }
        try {
            return Base64.getDecoder().decode(file);
        } catch (IllegalArgumentException e) {
            throw PapErrors.providerFailed("The e-sign provider sent a signed file that is not base64.");
        }
    }

    private JsonNode details(String documentId) {
        var account = settings();
        var request = HttpRequest.newBuilder(URI.create(account.baseUrl() + "/api/v3.1/document/details?documentId="
                        + URLEncoder.encode(documentId, StandardCharsets.UTF_8)))
                .timeout(TIMEOUT).header("X-Auth-Token", account.authToken()).GET().build();
        return call(request).path("data");
    }

    private JsonNode call(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
            if (response.statusCode() / 100 != 2 || json.path("status").asInt(1) != 1) {
                LOG.warn("Leegality refused {}: HTTP {} {}", request.uri().getPath(), response.statusCode(),
                        json.path("messages").toString());
                throw PapErrors.providerFailed("The e-sign provider refused the request; try again later.");
            }
            return json;
        } catch (IOException e) {
            LOG.warn("Leegality could not be reached: {}", e.toString());
            throw PapErrors.providerFailed("The e-sign provider could not be reached; try again later.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PapErrors.providerFailed("Interrupted while talking to the e-sign provider.");
        }
    }
}
