package in.mrmentor.external.payment;

import com.github.tomakehurst.wiremock.WireMockServer;
import in.mrmentor.shared.DomainException;
import in.mrmentor.token.port.PaymentGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link RazorpayGateway} against a stub speaking the request/response shapes of Razorpay's Orders API docs. */
class RazorpayGatewayTest {
    private static final String KEY_ID = "rzp_test_1DP5mmOlF5G5ag";
    private static final String KEY_SECRET = "thisisatestsecret";
    private static final String WEBHOOK_SECRET = "webhook-secret";
    private static WireMockServer razorpay;
    private RazorpayGateway gateway;

    @BeforeAll
    static void startStub() {
        razorpay = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        razorpay.start();
    }

    @AfterAll
    static void stopStub() {
        razorpay.stop();
    }

    @BeforeEach
    void gateway() {
        razorpay.resetAll();
        gateway = new RazorpayGateway(new RazorpaySettings(KEY_ID, KEY_SECRET, Optional.of(WEBHOOK_SECRET),
                URI.create(razorpay.baseUrl())));
    }

    @Test
    void anOrderIsCreatedWithBasicAuthAndTheAmountInPaise() {
        razorpay.stubFor(post(urlEqualTo("/v1/orders")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"order_IluGWxBm9U8zJ8\",\"entity\":\"order\",\"amount\":70000,\"amount_paid\":0,"
                        + "\"amount_due\":70000,\"currency\":\"INR\",\"receipt\":\"rcpt-1\",\"offer_id\":null,"
                        + "\"status\":\"created\",\"attempts\":0,\"notes\":[],\"created_at\":1642662092}")));

        var order = gateway.createOrder(70_000, "INR", "rcpt-1");

        assertThat(order).isEqualTo(new PaymentGateway.Order("order_IluGWxBm9U8zJ8", 70_000, "INR"));
        String basic = java.util.Base64.getEncoder().encodeToString((KEY_ID + ":" + KEY_SECRET).getBytes(StandardCharsets.UTF_8));
        razorpay.verify(postRequestedFor(urlEqualTo("/v1/orders"))
                .withHeader("Authorization", equalTo("Basic " + basic))
                .withRequestBody(equalToJson("{\"amount\":70000,\"currency\":\"INR\",\"receipt\":\"rcpt-1\"}", true, true)));
    }

    @Test
    void aRefusedOrderIsAProviderFailureThatNamesNoSecret() {
        razorpay.stubFor(post(urlEqualTo("/v1/orders")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"code\":\"BAD_REQUEST_ERROR\",\"description\":\"Authentication failed\","
                        + "\"source\":\"NA\",\"step\":\"NA\",\"reason\":\"NA\",\"metadata\":{}}}")));

        assertThatThrownBy(() -> gateway.createOrder(35_000, "INR", "rcpt-2"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("PAYMENT_PROVIDER_FAILED");
                    assertThat(e.detail()).doesNotContain(KEY_SECRET);
                });
    }

    @Test
    void theCheckoutSignatureIsTheHmacOfOrderAndPaymentWithTheKeySecret() {
        String signature = RazorpayGateway.hmacHex(KEY_SECRET, "order_1|pay_1".getBytes(StandardCharsets.UTF_8));

        assertThat(gateway.isAuthenticCheckout("order_1", "pay_1", signature)).isTrue();
        assertThat(gateway.isAuthenticCheckout("order_1", "pay_2", signature)).isFalse();
        assertThat(gateway.isAuthenticCheckout("order_1", "pay_1", "00" + signature.substring(2))).isFalse();
    }

    @Test
    void aSignedCapturedEventNamesItsOrderAndPayment() {
        byte[] body = capturedEvent("order_9", "pay_9").getBytes(StandardCharsets.UTF_8);

        var event = gateway.readWebhook(body, RazorpayGateway.hmacHex(WEBHOOK_SECRET, body));

        assertThat(event).isEqualTo(new PaymentGateway.Captured("order_9", "pay_9", 35_000, "INR", null));
    }

    @Test
    void aCapturedEventCarriesItsAmountCurrencyAndEmailWhenRazorpaySendsThem() {
        String json = "{\"event\":\"payment.captured\",\"payload\":{\"payment\":{\"entity\":{\"id\":\"pay_9\","
                + "\"order_id\":\"order_9\",\"amount\":70000,\"currency\":\"INR\",\"email\":\"a@example.in\"}}}}";
        byte[] body = json.getBytes(StandardCharsets.UTF_8);

        assertThat(gateway.readWebhook(body, RazorpayGateway.hmacHex(WEBHOOK_SECRET, body)))
                .isEqualTo(new PaymentGateway.Captured("order_9", "pay_9", 70_000, "INR", "a@example.in"));
    }

    @Test
    void aProcessedRefundNamesItsPaymentRefundAmountAndOrder() {
        String json = "{\"event\":\"refund.processed\",\"payload\":{\"refund\":{\"entity\":{\"id\":\"rfnd_1\","
                + "\"payment_id\":\"pay_9\",\"amount\":35000}},\"payment\":{\"entity\":{\"id\":\"pay_9\","
                + "\"order_id\":\"order_9\"}}}}";
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        String withoutAmount = json.replace(",\"amount\":35000", "");
        byte[] noAmount = withoutAmount.getBytes(StandardCharsets.UTF_8);

        assertThat(gateway.readWebhook(body, RazorpayGateway.hmacHex(WEBHOOK_SECRET, body)))
                .isEqualTo(new PaymentGateway.Refunded("order_9", "pay_9", "rfnd_1", 35_000));
        assertThat(gateway.readWebhook(noAmount, RazorpayGateway.hmacHex(WEBHOOK_SECRET, noAmount)))
                .isEqualTo(new PaymentGateway.Ignored("refund.processed"));
    }

    @Test
    void aFailedPaymentEventIsReadAsFailed() {
        byte[] body = capturedEvent("order_9", "pay_9").replace("payment.captured", "payment.failed")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(gateway.readWebhook(body, RazorpayGateway.hmacHex(WEBHOOK_SECRET, body)))
                .isEqualTo(new PaymentGateway.Failed("order_9", "pay_9"));
    }

    @Test
    void aSignedEventWhoseIdsCarryControlCharactersIsRefusedNamingTheField() {
        byte[] body = capturedEvent("order\\u00009", "pay_9").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> gateway.readWebhook(body, RazorpayGateway.hmacHex(WEBHOOK_SECRET, body)))
                .isInstanceOfSatisfying(in.mrmentor.shared.DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("VALIDATION_FAILED");
                    assertThat(e.fieldErrors()).extracting(in.mrmentor.shared.FieldError::field)
                            .containsExactly("payload.payment.entity.order_id");
                });
    }

    @Test
    void aWebhookWithAWrongOrMissingSignatureIsRefused() {
        byte[] body = capturedEvent("order_9", "pay_9").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> gateway.readWebhook(body, RazorpayGateway.hmacHex("other", body)))
                .hasFieldOrPropertyWithValue("code", "INVALID_SIGNATURE");
        assertThatThrownBy(() -> gateway.readWebhook(body, null))
                .hasFieldOrPropertyWithValue("code", "INVALID_SIGNATURE");
    }

    @Test
    void withoutAWebhookSecretWebhooksAreNotConfigured() {
        var noWebhook = new RazorpayGateway(new RazorpaySettings(KEY_ID, KEY_SECRET, Optional.empty(),
                URI.create(razorpay.baseUrl())));

        assertThatThrownBy(() -> noWebhook.readWebhook(new byte[0], "x"))
                .hasFieldOrPropertyWithValue("code", "INTEGRATION_NOT_CONFIGURED");
    }

    /** The shape of Razorpay's documented payment.captured webhook payload. */
    static String capturedEvent(String orderId, String paymentId) {
        return "{\"entity\":\"event\",\"account_id\":\"acc_BFQ7uQEaa7j2z7\",\"event\":\"payment.captured\","
                + "\"contains\":[\"payment\"],\"payload\":{\"payment\":{\"entity\":{\"id\":\"" + paymentId + "\","
                + "\"entity\":\"payment\",\"amount\":35000,\"currency\":\"INR\",\"status\":\"captured\","
                + "\"order_id\":\"" + orderId + "\",\"method\":\"upi\",\"captured\":true}}},\"created_at\":1567674606}";
    }
}
