package in.mrmentor.bootstrap.token;

import in.mrmentor.bootstrap.ContextModule;
import in.mrmentor.bootstrap.Platform;
import in.mrmentor.external.payment.RazorpayGateway;
import in.mrmentor.http.Idempotent;
import in.mrmentor.http.RouteGroup;
import in.mrmentor.http.token.TokenRoutes;
import in.mrmentor.identity.Role;
import in.mrmentor.identity.port.NewUserHook;
import in.mrmentor.persistence.token.JdbiAllotmentRequests;
import in.mrmentor.persistence.token.JdbiGrantAudit;
import in.mrmentor.persistence.token.JdbiLedger;
import in.mrmentor.persistence.token.JdbiPurchases;
import in.mrmentor.persistence.token.JdbiResumeReviews;
import in.mrmentor.persistence.token.JdbiTokenHolders;
import in.mrmentor.token.AuditLedger;
import in.mrmentor.token.DecideTokenRequest;
import in.mrmentor.token.FindTokenHolder;
import in.mrmentor.token.GrantTokens;
import in.mrmentor.token.ListTokenRequests;
import in.mrmentor.token.OpenWallet;
import in.mrmentor.token.PayForBooking;
import in.mrmentor.token.RefundBooking;
import in.mrmentor.token.PurchaseCompletion;
import in.mrmentor.token.ReceivePaymentWebhook;
import in.mrmentor.token.RequestResumeReview;
import in.mrmentor.token.RequestTokens;
import in.mrmentor.token.ShowLedger;
import in.mrmentor.token.ShowWallet;
import in.mrmentor.token.StartPurchase;
import in.mrmentor.token.VerifyPurchase;
import in.mrmentor.token.port.PaymentGateway;

import java.util.List;
import java.util.UUID;

/** The token economy over PostgreSQL and (when configured) Razorpay, configured from {@link TokenSettings}. */
public final class TokenModule implements ContextModule {
    /** Who the CLI's grants are recorded as: operators act outside any user account. */
    public static final UUID OPERATOR = new UUID(0, 0);

    public final OpenWallet openWallet;
    public final ShowWallet showWallet;
    public final ShowLedger showLedger;
    public final GrantTokens grantTokens;
    public final RequestTokens requestTokens;
    public final ListTokenRequests listTokenRequests;
    public final DecideTokenRequest decideTokenRequest;
    public final RequestResumeReview requestResumeReview;
    public final StartPurchase startPurchase;
    public final VerifyPurchase verifyPurchase;
    public final ReceivePaymentWebhook receivePaymentWebhook;
    public final AuditLedger auditLedger;
    public final FindTokenHolder findTokenHolder;
    public final PayForBooking payForBooking;
    public final RefundBooking refundBooking;
    private final Idempotent idempotent;

    public TokenModule(Platform platform) {
        var flags = platform.settings().flags();
        var tokens = platform.settings().tokens();
        var jdbi = platform.jdbi();
        var tx = platform.transactions();
        var clock = platform.clock();
        var ids = platform.ids();
        var ledger = new JdbiLedger(jdbi, ids);
        var requests = new JdbiAllotmentRequests(jdbi);
        var purchases = new JdbiPurchases(jdbi);
        PaymentGateway gateway = tokens.razorpay().<PaymentGateway>map(RazorpayGateway::new)
                .orElse(PaymentGateway.NOT_CONFIGURED);

        openWallet = new OpenWallet(ledger, tokens.starterBundle(), flags, clock);
        showWallet = new ShowWallet(ledger);
        showLedger = new ShowLedger(ledger);
        grantTokens = new GrantTokens(ledger, new JdbiGrantAudit(jdbi), flags, tx, clock, ids);
        requestTokens = new RequestTokens(requests, flags, tx, clock, ids);
        listTokenRequests = new ListTokenRequests(requests, flags);
        decideTokenRequest = new DecideTokenRequest(requests, ledger, flags, platform.notifier(), tx, clock);
        requestResumeReview = new RequestResumeReview(ledger, new JdbiResumeReviews(jdbi), flags, tx, clock, ids);
        startPurchase = new StartPurchase(purchases, gateway, tokens.price(), tx, clock, ids);
        var completion = new PurchaseCompletion(purchases, ledger, platform.notifier());
        verifyPurchase = new VerifyPurchase(purchases, completion, gateway, tx, clock);
        receivePaymentWebhook = new ReceivePaymentWebhook(purchases, completion, gateway, tx, clock);
        auditLedger = new AuditLedger(ledger);
        findTokenHolder = new FindTokenHolder(new JdbiTokenHolders(jdbi));
        payForBooking = new PayForBooking(ledger, clock);
        refundBooking = new RefundBooking(ledger, clock);
        idempotent = new Idempotent(platform.idempotentRequests());
    }

    /** Identity's seam: wallets for every new user, the starter bundle for students who signed up themselves. */
    public NewUserHook newUserHook() {
        return user -> openWallet.open(user.userId(),
                user.origin() == NewUserHook.Origin.SIGNUP && user.role() == Role.USER);
    }

    @Override
    public List<RouteGroup> routes() {
        return List.of(new TokenRoutes(new TokenRoutes.UseCases(showWallet, showLedger, grantTokens, requestTokens,
                listTokenRequests, decideTokenRequest, startPurchase, verifyPurchase, receivePaymentWebhook,
                requestResumeReview, idempotent)));
    }
}
