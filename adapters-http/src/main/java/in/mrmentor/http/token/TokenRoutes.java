package in.mrmentor.http.token;

import in.mrmentor.invoice.ConfirmCheckout;

import in.mrmentor.http.Access;
import in.mrmentor.http.Caller;
import in.mrmentor.http.Idempotent;
import in.mrmentor.http.Input;
import in.mrmentor.http.ListPage;
import in.mrmentor.http.OneOf;
import in.mrmentor.http.Required;
import in.mrmentor.http.Route;
import in.mrmentor.http.RouteGroup;
import in.mrmentor.identity.IdentityErrors;
import in.mrmentor.identity.Role;
import in.mrmentor.shared.ErrorKind;
import in.mrmentor.shared.Validation;
import in.mrmentor.token.AllotmentRequest;
import in.mrmentor.token.AllotmentStatus;
import in.mrmentor.token.DecideTokenRequest;
import in.mrmentor.token.Grant;
import in.mrmentor.token.GrantTokens;
import in.mrmentor.token.LedgerEntry;
import in.mrmentor.token.ListTokenRequests;
import in.mrmentor.token.MovementKind;
import in.mrmentor.token.PurchaseStatus;
import in.mrmentor.token.ReceivePaymentWebhook;
import in.mrmentor.token.RequestResumeReview;
import in.mrmentor.token.RequestTokens;
import in.mrmentor.token.ResumeReview;
import in.mrmentor.token.ShowLedger;
import in.mrmentor.token.ShowWallet;
import in.mrmentor.token.StartPurchase;
import in.mrmentor.token.TokenErrors;
import in.mrmentor.token.TokenPrice;
import in.mrmentor.token.VerifyPurchase;
import in.mrmentor.token.Wallet;
import in.mrmentor.token.WalletBalance;
import io.javalin.http.Context;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * API.md "Token economy": wallet and ledger, admin grants, allotment requests, purchases through
 * Razorpay and resume-review spending. Every POST that moves tokens or money honours
 * {@code Idempotency-Key}; the webhook instead relies on the purchase completing once.
 */
public final class TokenRoutes implements RouteGroup {

    /** The use cases these routes drive, wired by bootstrap. */
    public record UseCases(ShowWallet wallet, ShowLedger ledger, GrantTokens grant, RequestTokens requestTokens,
                           ListTokenRequests listRequests, DecideTokenRequest decide, StartPurchase startPurchase,
                           VerifyPurchase verifyPurchase, ReceivePaymentWebhook webhook,
                           RequestResumeReview resumeReview, Idempotent idempotent) {
    }

    public record GrantBody(@Required UUID userId, @Required String account, @Required Long amount, String reason) {
        /** Every missing, unknown or refused field in one answer, as API.md "Errors" asks. */
        GrantTokens.Command toCommand() {
            var wallet = account == null ? Optional.<Wallet>empty() : Wallet.fromApiName(account);
            Grant.check(new Validation(), userId, wallet.orElse(null), amount, reason).orThrow();
            return new GrantTokens.Command(userId, wallet.orElseThrow(), amount, reason);
        }
    }

    public record TokenRequestBody(@Required Long amount, String reason, UUID batchId) {
        RequestTokens.Command toCommand() {
            // A missing amount reaches the command out of range, so it is named with the reason's refusal.
            return new RequestTokens.Command(amount == null ? 0 : amount, reason, batchId);
        }
    }

    public record DecisionBody(String note) {
    }

    public record PurchaseBody(@Required Long quantity) {
        StartPurchase.Command toCommand() {
            if (quantity == null) {
                throw Validation.invalid("quantity", "must be a whole number from 1 to " + TokenPrice.MAX_QUANTITY);
            }
            return new StartPurchase.Command(quantity);
        }
    }

    public record VerifyBody(@Required String razorpayOrderId, @Required String razorpayPaymentId,
                             @Required String razorpaySignature) {
    }

    public record ResumeReviewBody(String resumeUrl, String notes) {
    }

    public record WalletJson(long token, long resumeToken, long promotionalToken) {
        static WalletJson of(WalletBalance balance) {
            return new WalletJson(balance.token(), balance.resumeToken(), balance.promotionalToken());
        }
    }

    public record EntryJson(@Required UUID id, @Required Instant at, @Required String account, long delta,
                            long balanceAfter, @Required @OneOf(MovementKind.class) String kind, String reference) {
        static EntryJson of(LedgerEntry entry) {
            return new EntryJson(entry.id(), entry.at(), entry.wallet().apiName(), entry.delta(), entry.balanceAfter(),
                    entry.kind().name(), entry.reference());
        }
    }

    public record GrantJson(@Required UUID grantId, @Required UUID userId, @Required String account, long amount,
                            long balanceAfter) {
    }

    public record TokenRequestJson(@Required UUID id, @Required UUID userId, long amount, String reason, UUID batchId,
                                   @Required @OneOf(AllotmentStatus.class) String status,
                                   UUID decidedBy, String note, Instant createdAt, Instant decidedAt) {
        static TokenRequestJson of(AllotmentRequest r) {
            return new TokenRequestJson(r.id(), r.userId(), r.amount(), r.reason(), r.batchId(), r.status().name(),
                    r.decidedBy(), r.note(), r.createdAt(), r.decidedAt());
        }
    }

    public record ResumeReviewJson(@Required UUID id, @Required String status, String resumeUrl, String notes, Instant createdAt) {
        static ResumeReviewJson of(ResumeReview review) {
            return new ResumeReviewJson(review.id(), review.status(), review.resumeUrl(), review.notes(),
                    review.createdAt());
        }
    }

    /** What verifying a purchase answers. */
    public record PurchaseStatusJson(@Required @OneOf(PurchaseStatus.class) String status, @Required UUID purchaseId) {
    }

    /** What the webhook answers to every event it accepted (a replay included). */
    public record ReceivedJson(boolean received) {
    }

    private final UseCases useCases;

    public TokenRoutes(UseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public String tag() {
        return "Token economy";
    }

    @Override
    public List<Route> routes() {
        Access admin = Access.roles(Role.ADMIN);
        Idempotent idempotent = useCases.idempotent();
        return List.of(
                Route.get("/api/tokens/wallet", Access.anyUser(), "The caller's token, resumeToken and promotionalToken",
                        ctx -> ctx.json(WalletJson.of(useCases.wallet().show(Caller.principal(ctx).userId()))))
                        .returns(WalletJson.class),
                Route.get("/api/tokens/ledger", Access.anyUser(), "The caller's ledger entries, newest first (?limit&cursor)",
                        ctx -> {
                            var page = useCases.ledger().page(Caller.principal(ctx).userId(),
                                    new ShowLedger.Query(Input.limit(ctx), Input.cursor(ctx)));
                            ctx.json(ListPage.of(page, EntryJson::of));
                        }).returns(Route.pageOf(EntryJson.class)).paged(),
                Route.post("/api/admin/tokens/grants", admin, "Grant tokens, or correct with a negative amount (Idempotency-Key)",
                        idempotent.handler(ctx -> {
                            var receipt = useCases.grant().grant(Caller.principal(ctx).userId(),
                                    Input.json(ctx, GrantBody.class, GrantBody::toCommand));
                            return new Idempotent.Reply(201, new GrantJson(receipt.grantId(), receipt.userId(),
                                    receipt.wallet().apiName(), receipt.amount(), receipt.balanceAfter()));
                        })).withBody(GrantBody.class).returns(201, GrantJson.class).idempotent()
                        .error(ErrorKind.NOT_FOUND, IdentityErrors.USER_NOT_FOUND)
                        .error(ErrorKind.CONFLICT, TokenErrors.INSUFFICIENT_TOKENS),
                Route.post("/api/tokens/requests", Access.anyUser(), "Ask an administrator for tokens", ctx -> {
                    var request = useCases.requestTokens().request(Caller.principal(ctx).userId(),
                            Input.json(ctx, TokenRequestBody.class, TokenRequestBody::toCommand));
                    ctx.status(201).json(TokenRequestJson.of(request));
                }).withBody(TokenRequestBody.class).returns(201, TokenRequestJson.class)
                        .error(ErrorKind.FORBIDDEN, TokenErrors.FEATURE_DISABLED),
                Route.get("/api/admin/tokens/requests", admin, "Token requests, newest first (?status&limit&cursor)", ctx -> {
                    var requests = useCases.listRequests().list(Input.enumQuery(ctx, "status", AllotmentStatus.class),
                            Input.limit(ctx), Input.cursor(ctx));
                    ctx.json(ListPage.of(requests, TokenRequestJson::of));
                }).returns(Route.pageOf(TokenRequestJson.class))
                        .query("status", AllotmentStatus.class, "only requests in this status")
                        .paged(),
                Route.post("/api/admin/tokens/requests/{id}/approve", admin, "Approve and credit a pending request, once",
                        idempotent.handler(ctx -> decide(ctx, AllotmentStatus.APPROVED))).withOptionalBody(DecisionBody.class)
                        .returns(TokenRequestJson.class).idempotent().error(ErrorKind.NOT_FOUND, "TOKEN_REQUEST_NOT_FOUND")
                        .error(ErrorKind.CONFLICT, TokenErrors.ALREADY_DECIDED)
                        .error(ErrorKind.FORBIDDEN, TokenErrors.FEATURE_DISABLED),
                Route.post("/api/admin/tokens/requests/{id}/reject", admin, "Reject a pending request, once",
                        idempotent.handler(ctx -> decide(ctx, AllotmentStatus.REJECTED))).withOptionalBody(DecisionBody.class)
                        .returns(TokenRequestJson.class).idempotent().error(ErrorKind.NOT_FOUND, "TOKEN_REQUEST_NOT_FOUND")
                        .error(ErrorKind.CONFLICT, TokenErrors.ALREADY_DECIDED)
                        .error(ErrorKind.FORBIDDEN, TokenErrors.FEATURE_DISABLED),
                Route.post("/api/tokens/purchases", Access.anyUser(), "Start buying tokens: a Razorpay order (Idempotency-Key)",
                        idempotent.handler(ctx -> {
                            var body = Input.json(ctx, PurchaseBody.class);
                            var checkout = useCases.startPurchase().start(Caller.principal(ctx).userId(),
                                    body.toCommand());
                            return new Idempotent.Reply(201, checkout);
                        })).withBody(PurchaseBody.class).returns(201, StartPurchase.Checkout.class).idempotent()
                        .error(ErrorKind.UNAVAILABLE, TokenErrors.INTEGRATION_NOT_CONFIGURED)
                        .error(ErrorKind.UNAVAILABLE, TokenErrors.PAYMENT_PROVIDER_FAILED),
                Route.post("/api/tokens/purchases/{id}/verify", Access.anyUser(), "Complete a purchase with Razorpay's checkout signature",
                        idempotent.handler(ctx -> {
                            UUID id = Input.uuidPath(ctx, "id");
                            var command = Input.json(ctx, VerifyBody.class, body -> new ConfirmCheckout.Command(
                                    body.razorpayOrderId(), body.razorpayPaymentId(), body.razorpaySignature()));
                            var purchase = useCases.verifyPurchase().verify(Caller.principal(ctx).userId(), id, command);
                            return new Idempotent.Reply(200, new PurchaseStatusJson(purchase.status().name(), purchase.id()));
                        })).withBody(VerifyBody.class).returns(PurchaseStatusJson.class).idempotent()
                        .error(ErrorKind.INVALID, TokenErrors.INVALID_SIGNATURE)
                        .error(ErrorKind.NOT_FOUND, "PURCHASE_NOT_FOUND")
                        .error(ErrorKind.UNAVAILABLE, TokenErrors.INTEGRATION_NOT_CONFIGURED),
                Route.post("/api/payments/razorpay/webhook", Access.anyone(), "Razorpay events, checked by X-Razorpay-Signature",
                        ctx -> {
                            useCases.webhook().receive(Input.bodyBytes(ctx), ctx.header("X-Razorpay-Signature"));
                            ctx.json(new ReceivedJson(true));
                        }).withRawBody("application/json").returns(ReceivedJson.class)
                        .error(ErrorKind.INVALID, TokenErrors.INVALID_SIGNATURE)
                        .error(ErrorKind.UNAVAILABLE, TokenErrors.INTEGRATION_NOT_CONFIGURED),
                Route.post("/api/tokens/resume-reviews", Access.anyUser(), "Spend one resumeToken on a resume review (Idempotency-Key)",
                        idempotent.handler(ctx -> {
                            var body = Input.optionalJson(ctx, ResumeReviewBody.class, new ResumeReviewBody(null, null));
                            var review = useCases.resumeReview().request(Caller.principal(ctx).userId(),
                                    new RequestResumeReview.Command(body.resumeUrl(), body.notes()));
                            return new Idempotent.Reply(201, ResumeReviewJson.of(review));
                        })).withOptionalBody(ResumeReviewBody.class).returns(201, ResumeReviewJson.class).idempotent()
                        .error(ErrorKind.PAYMENT_REQUIRED, TokenErrors.INSUFFICIENT_TOKENS)
                        .error(ErrorKind.FORBIDDEN, TokenErrors.FEATURE_DISABLED));
    }

    private Idempotent.Reply decide(Context ctx, AllotmentStatus outcome) {
        UUID id = Input.uuidPath(ctx, "id");
        var body = Input.optionalJson(ctx, DecisionBody.class, new DecisionBody(null));
        var decided = useCases.decide().decide(Caller.principal(ctx).userId(), id,
                new DecideTokenRequest.Command(outcome, body.note()));
        return new Idempotent.Reply(200, TokenRequestJson.of(decided));
    }
}
