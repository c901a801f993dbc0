package in.mrmentor.external.payment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import in.mrmentor.shared.PlainText;
import in.mrmentor.token.TokenErrors;
import in.mrmentor.token.port.PaymentGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.URI;
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

/**
 * Razorpay over its REST API (Orders API, HTTP basic auth with key id and secret) and its two
 * signatures: the checkout's {@code razorpay_signature} = hex HMAC-SHA256 of {@code orderId|paymentId}
 * with the key secret, and the webhook's {@code X-Razorpay-Signature} = hex HMAC-SHA256 of the raw
 * body with the webhook secret. Signatures are compared in constant time.
 */
public final class RazorpayGateway implements PaymentGateway {
    private static final Logger LOG = LoggerFactory.getLogger(RazorpayGateway.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final RazorpaySettings settings;
    private final HttpClient http;

    public RazorpayGateway(RazorpaySettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    }

    @Override
    public String keyId() {
        return settings.keyId();
    }

    @Override
    public Order createOrder(long amountPaise, String currency, String receipt) {
        var body = JSON.createObjectNode().put("amount", amountPaise).put("currency", currency).put("receipt", receipt);
        body.putObject("notes").put("purchaseId", receipt);
        String credentials = Base64.getEncoder().encodeToString(
                (settings.keyId() + ":" + settings.keySecret()).getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(endpoint("/v1/orders"))
                .timeout(TIMEOUT)
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode json = response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
            if (response.statusCode() / 100 != 2 || !json.path("id").isTextual()) {
                // Razorpay explains failures in error.code / error.description; the key never appears there.
                LOG.warn("Razorpay refused an order: HTTP {} {} {}", response.statusCode(),
                        json.path("error").path("code").asText(""), json.path("error").path("description").asText(""));
                throw TokenErrors.providerFailed("The payment provider could not create the order; try again later.");
            }
            return new Order(json.get("id").asText(), json.path("amount").asLong(amountPaise),
                    json.path("currency").asText(currency));
        } catch (IOException e) {
            LOG.warn("Razorpay could not be reached: {}", e.toString());
            throw TokenErrors.providerFailed("The payment provider could not be reached; try again later.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw TokenErrors.providerFailed("Interrupted while talking to the payment provider.");
        }
    }

    @Override
    public boolean isAuthenticCheckout(String orderId, String paymentId, String signature) {
        return signature != null && matches(hmacHex(settings.keySecret(), (orderId + "|" + paymentId)
                .getBytes(StandardCharsets.UTF_8)), signature);
    }

    @Override
    public WebhookEvent readWebhook(byte[] rawBody, String signature) {
        String secret = settings.webhookSecret().orElseThrow(TokenErrors::paymentsNotConfigured);
        if (signature == null || !matches(hmacHex(secret, rawBody), signature)) {
            throw TokenErrors.invalidSignature();
        }
        JsonNode event;
        try {
            event = JSON.readTree(rawBody);
        } catch (IOException e) {
            return new Ignored("unreadable");
        }
        String type = event.path("event").asText("");
        JsonNode payment = event.path("payload").path("payment").path("entity");
        if (type.equals("refund.processed")) {
            return refund(event.path("payload").path("refund").path("entity"), payment);
        }
        // Signed by Razorpay or not, these ids are looked up and stored: the same text rule as every other input.
        String orderId = PlainText.require("payload.payment.entity.order_id", payment.path("order_id").asText(null));
        String paymentId = PlainText.require("payload.payment.entity.id", payment.path("id").asText(null));
        if (orderId == null || paymentId == null) {
            return new Ignored(type);
        }
        return switch (type) {
            case "payment.captured", "order.paid" -> new Captured(orderId, paymentId, payment.path("amount").asLong(0),
                    PlainText.require("payload.payment.entity.currency", payment.path("currency").asText("INR")),
                    PlainText.require("payload.payment.entity.email", payment.path("email").asText(null)));
            case "payment.failed" -> new Failed(orderId, paymentId);
            default -> new Ignored(type);
        };
    }

    /** {@code refund.processed}: the refund entity names the payment; the payment entity (when sent) its order. */
    private static WebhookEvent refund(JsonNode refund, JsonNode payment) {
        String refundId = PlainText.require("payload.refund.entity.id", refund.path("id").asText(null));
        String paymentId = PlainText.require("payload.refund.entity.payment_id", refund.path("payment_id").asText(null));
        String orderId = PlainText.require("payload.payment.entity.order_id", payment.path("order_id").asText(null));
        long amount = refund.path("amount").asLong(0);
        if (refundId == null || paymentId == null || amount <= 0) {
            return new Ignored("refund.processed");
        }
        return new Refunded(orderId, paymentId, refundId, amount);
    }

    /** Hex HMAC-SHA256, as Razorpay computes both of its signatures. */
    static String hmacHex(String secret, byte[] message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }

    private static boolean matches(String expectedHex, String given) {
        return MessageDigest.isEqual(expectedHex.getBytes(StandardCharsets.US_ASCII),
                given.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    private URI endpoint(String path) {
        String base = settings.apiUrl().toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
    }
}
