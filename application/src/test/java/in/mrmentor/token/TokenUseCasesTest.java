package in.mrmentor.token;

import in.mrmentor.invoice.ConfirmCheckout;

import in.mrmentor.config.FeatureFlag;
import in.mrmentor.config.FeatureFlags;
import in.mrmentor.shared.DomainException;
import in.mrmentor.token.port.PaymentGateway;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static in.mrmentor.token.TokenTestData.aGrant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The token use cases over the in-memory adapters. */
class TokenUseCasesTest {
    private final TokenKit kit = new TokenKit();

    private static void refusedWith(Runnable call, String code) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void aSelfSignUpGetsTheStarterBundleAndAnAdminCreatedAccountDoesNot() {
        UUID student = kit.student();
        UUID mentor = UUID.randomUUID();
        kit.openWallet.open(mentor, false);

        assertThat(kit.wallet(student)).isEqualTo(new WalletBalance(0, 1, 2));
        assertThat(kit.wallet(mentor)).isEqualTo(WalletBalance.empty());
    }

    @Test
    void withTheStarterBundleSwitchedOffASignUpGetsAnEmptyWallet() {
        var off = TokenKit.with(FeatureFlag.STARTER_BUNDLE);

        assertThat(off.wallet(off.student())).isEqualTo(WalletBalance.empty());
    }

    @Test
    void aGrantIsAuditedWithWhoAndWhyWhileTheAuditFlagIsOn() {
        UUID student = kit.student();
        UUID admin = UUID.randomUUID();

        kit.grantTokens.grant(admin, aGrant().of(5).to(student).because("pilot").command());

        assertThat(kit.audit.lines()).singleElement().satisfies(line -> {
            assertThat(line.grantedBy()).isEqualTo(admin);
            assertThat(line.grant().reason()).isEqualTo("pilot");
            assertThat(line.grant().amount()).isEqualTo(5);
        });
        var unaudited = TokenKit.with(FeatureFlag.GRANT_AUDIT);
        unaudited.grantTokens.grant(admin, aGrant().of(5).to(unaudited.student()).because("pilot").command());
        assertThat(unaudited.audit.lines()).isEmpty();
    }

    @Test
    void grantsRefuseUnknownUsersZeroAmountsAndUnknownAccounts() {
        refusedWith(() -> kit.grantTokens.grant(UUID.randomUUID(),
                aGrant().of(1).to(UUID.randomUUID()).because("x").command()), "USER_NOT_FOUND");
        refusedWith(() -> kit.grantTokens.grant(UUID.randomUUID(),
                aGrant().of(0).to(kit.student()).because("x").command()), "VALIDATION_FAILED");
        // An unknown account name never becomes a wallet; a command without one is refused all the same.
        assertThat(Wallet.fromApiName("gold")).isEmpty();
        refusedWith(() -> new GrantTokens.Command(kit.student(), null, 1L, "x"), "VALIDATION_FAILED");
    }

    @Test
    void aCorrectionBelowZeroIsAConflictNotAPaymentRequest() {
        UUID student = kit.student();

        assertThatThrownBy(() -> kit.grantTokens.grant(UUID.randomUUID(),
                aGrant().of(-3).into(Wallet.PROMOTIONAL_TOKEN).to(student).because("too much").command()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("INSUFFICIENT_TOKENS");
                    assertThat(e.kind()).isEqualTo(in.mrmentor.shared.ErrorKind.CONFLICT);
                });
        assertThat(kit.audit.lines()).isEmpty();
    }

    @Test
    void theTokenRequestFlowSwitchedOffIsForbidden() {
        var off = TokenKit.with(FeatureFlag.TOKEN_REQUEST_FLOW);

        refusedWith(() -> off.requestTokens.request(off.student(), new RequestTokens.Command(2L, "please", null)),
                "FEATURE_DISABLED");
    }

    @Test
    void aRejectedRequestCreditsNothingAndCannotBeApprovedLater() {
        UUID student = kit.student();
        var request = kit.requestTokens.request(student, new RequestTokens.Command(3L, "practice", null));

        kit.decide.decide(UUID.randomUUID(), request.id(), new DecideTokenRequest.Command(AllotmentStatus.REJECTED, "no"));

        refusedWith(() -> kit.decide.decide(UUID.randomUUID(), request.id(),
                new DecideTokenRequest.Command(AllotmentStatus.APPROVED, null)), "ALREADY_DECIDED");
        assertThat(kit.wallet(student).token()).isZero();
        assertThat(kit.notifications.page(student, false, in.mrmentor.shared.PageRequest.first(10)))
                .extracting(n -> n.type()).containsExactly(in.mrmentor.notification.NotificationType.TOKEN_REQUEST_REJECTED);
    }

    @Test
    void resumeReviewsSwitchedOffAreForbidden() {
        var off = TokenKit.with(FeatureFlag.RESUME_REVIEW_SPEND);

        refusedWith(() -> off.resumeReview.request(off.student(), new RequestResumeReview.Command(null, null)),
                "FEATURE_DISABLED");
    }

    @Test
    void withoutAPaymentProviderPurchasesAreNotConfigured() {
        var unconfigured = new TokenKit(FeatureFlags.defaults(), PaymentGateway.NOT_CONFIGURED, new StarterBundle(0, 0));

        refusedWith(() -> unconfigured.startPurchase.start(unconfigured.student(), new StartPurchase.Command(1L)),
                "INTEGRATION_NOT_CONFIGURED");
    }

    @Test
    void aPurchaseIsPricedInPaiseAndCreditedOnceByWebhookThenVerification() {
        UUID student = kit.student();
        var checkout = kit.startPurchase.start(student, new StartPurchase.Command(3L));
        assertThat(checkout.amountPaise()).isEqualTo(3 * 350 * 100);

        for (int i = 0; i < 3; i++) {
            kit.webhook.receive(FakePaymentGateway.event("captured", checkout.orderId(), "pay_1"), "ok");
        }
        var verified = kit.verifyPurchase.verify(student, checkout.purchaseId(), new ConfirmCheckout.Command(
                checkout.orderId(), "pay_1", FakePaymentGateway.signatureOf(checkout.orderId(), "pay_1")));

        assertThat(verified.status()).isEqualTo(PurchaseStatus.COMPLETED);
        assertThat(kit.wallet(student).token()).isEqualTo(3);
        assertThat(kit.notifications.page(student, false, in.mrmentor.shared.PageRequest.first(10)))
                .as("told once, however often the completion arrives")
                .extracting(n -> n.type()).containsExactly(in.mrmentor.notification.NotificationType.PURCHASE_COMPLETED);
    }

    @Test
    void aCompletedPurchaseIsInvoicedOnceInTheTokSeriesAndARefundIsCreditedOnce() {
        UUID student = kit.student();
        var checkout = kit.startPurchase.start(student, new StartPurchase.Command(3L));

        kit.webhook.receive(FakePaymentGateway.event("captured", checkout.orderId(), "pay_1"), "ok");
        kit.verifyPurchase.verify(student, checkout.purchaseId(), new ConfirmCheckout.Command(
                checkout.orderId(), "pay_1", FakePaymentGateway.signatureOf(checkout.orderId(), "pay_1")));
        kit.webhook.receive(FakePaymentGateway.event("captured", checkout.orderId(), "pay_1"), "ok");

        var invoices = kit.invoicing.invoices.all();
        assertThat(invoices).hasSize(1);
        var invoice = invoices.get(0);
        assertThat(invoice.number().text()).isEqualTo("TOK/2627/0001");
        assertThat(invoice.totals().totalPaise()).isEqualTo(3 * 350 * 100);
        assertThat(invoice.totals().taxablePaise()).isEqualTo(88_983);
        assertThat(invoice.trigger()).isEqualTo("token-purchase:" + checkout.purchaseId());
        assertThat(kit.invoicing.payments.findByGatewayPaymentId("pay_1")).isPresent();

        byte[] refund = (("refunded " + checkout.orderId() + " pay_1 rfnd_1 105000")).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        kit.webhook.receive(refund, "ok");
        kit.webhook.receive(refund, "ok");

        var notes = kit.invoicing.invoices.creditNotesOf(invoice.id());
        assertThat(notes).hasSize(1);
        assertThat(notes.get(0).number().text()).isEqualTo("CN/2627/0001");
        assertThat(notes.get(0).totals().totalPaise()).isEqualTo(105_000);
    }

    @Test
    void aSecondPaymentOfACompletedPurchaseCreditsNothingAndIsRecordedOnceToBeRefunded() {
        UUID student = kit.student();
        var checkout = kit.startPurchase.start(student, new StartPurchase.Command(3L));
        kit.webhook.receive(FakePaymentGateway.event("captured", checkout.orderId(), "pay_1"), "ok");

        kit.webhook.receive(FakePaymentGateway.event("captured", checkout.orderId(), "pay_2"), "ok");
        kit.webhook.receive(FakePaymentGateway.event("captured", checkout.orderId(), "pay_2"), "ok");
        var verified = kit.verifyPurchase.verify(student, checkout.purchaseId(), new ConfirmCheckout.Command(
                checkout.orderId(), "pay_2", FakePaymentGateway.signatureOf(checkout.orderId(), "pay_2")));

        assertThat(verified.paymentId()).isEqualTo("pay_1");
        assertThat(kit.wallet(student).token()).isEqualTo(3);
        assertThat(kit.invoicing.invoices.all()).hasSize(1);
        assertThat(kit.invoicing.payments.findByGatewayPaymentId("pay_2")).hasValueSatisfying(surplus -> {
            assertThat(surplus.refundReason()).contains("paid already by pay_1");
            assertThat(surplus.amountPaise()).isEqualTo(3 * 350 * 100);
        });
        assertThat(kit.invoicing.payments.list(null, null, null, in.mrmentor.shared.PageRequest.first(10))).hasSize(2);
        var surplus = kit.invoicing.payments.findByGatewayPaymentId("pay_2").orElseThrow();
        assertThatThrownBy(() -> kit.invoicing.issueInvoice.issue(in.mrmentor.invoice.IssueInvoice.Command.inclusive(
                in.mrmentor.invoice.InvoiceSeries.TOK, in.mrmentor.invoice.Buyer.unregistered("Asha", null), "tokens",
                3 * 350 * 100, surplus.id(), "user:finance")))
                .isInstanceOfSatisfying(in.mrmentor.shared.DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("PAYMENT_TO_REFUND"));
        assertThat(kit.invoicing.invoices.all()).hasSize(1);
    }

    @Test
    void aFailedPaymentCanBeFollowedByACapturedOne() {
        UUID student = kit.student();
        var checkout = kit.startPurchase.start(student, new StartPurchase.Command(1L));

        kit.webhook.receive(FakePaymentGateway.event("failed", checkout.orderId(), "pay_1"), "ok");
        assertThat(kit.purchases.find(checkout.purchaseId()).orElseThrow().status()).isEqualTo(PurchaseStatus.FAILED);
        kit.webhook.receive(FakePaymentGateway.event("captured", checkout.orderId(), "pay_2"), "ok");

        assertThat(kit.wallet(student).token()).isEqualTo(1);
    }

    @Test
    void verificationRefusesAForgedSignatureAndAnotherUsersPurchase() {
        UUID student = kit.student();
        var checkout = kit.startPurchase.start(student, new StartPurchase.Command(1L));

        refusedWith(() -> kit.verifyPurchase.verify(student, checkout.purchaseId(),
                new ConfirmCheckout.Command(checkout.orderId(), "pay_1", "forged")), "INVALID_SIGNATURE");
        refusedWith(() -> kit.verifyPurchase.verify(kit.student(), checkout.purchaseId(), new ConfirmCheckout.Command(
                checkout.orderId(), "pay_1", FakePaymentGateway.signatureOf(checkout.orderId(), "pay_1"))),
                "PURCHASE_NOT_FOUND");
        assertThat(kit.wallet(student).token()).isZero();
    }

    @Test
    void aBookingSpendsPromotionalTokensFirstAndARefundReturnsEachToItsAccount() {
        UUID student = kit.student();
        kit.grantTokens.grant(UUID.randomUUID(), aGrant().of(5).to(student).because("paid").command());

        var booking = kit.book(student, 4, "s1");
        assertThat(kit.wallet(student)).isEqualTo(new WalletBalance(3, 1, 0));

        kit.refund(booking, "s1");
        assertThat(kit.wallet(student)).isEqualTo(new WalletBalance(5, 1, 2));
        assertThat(kit.ledger.audit().healthy()).isTrue();
    }

    @Test
    void aTamperedBalanceShowsInTheAudit() {
        UUID student = kit.student();
        kit.ledger.tamper(new UserAccount(student, Wallet.TOKEN), 9);

        var audit = kit.ledger.audit();

        assertThat(audit.healthy()).isFalse();
        assertThat(audit.mismatches()).containsExactly(
                new LedgerAudit.Mismatch("user:" + student + ":token", 9, 0));
    }

    @Test
    void flagsDefaultOn() {
        assertThat(FeatureFlags.of(Map.of()).isOn(FeatureFlag.RESUME_REVIEW_SPEND)).isTrue();
    }
}
