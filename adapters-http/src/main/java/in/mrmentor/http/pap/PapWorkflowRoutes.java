package in.mrmentor.http.pap;

import in.mrmentor.pap.PapWorkflow;

import in.mrmentor.shared.TimeKey;

import in.mrmentor.shared.Keyset;

import in.mrmentor.http.ListPage;

import in.mrmentor.http.Access;
import in.mrmentor.http.Caller;
import in.mrmentor.http.Idempotent;
import in.mrmentor.http.Input;
import in.mrmentor.http.Required;
import in.mrmentor.http.Route;
import in.mrmentor.http.RouteGroup;
import in.mrmentor.http.pap.PapJson.CheckoutJson;
import in.mrmentor.http.pap.PapJson.SignJson;
import in.mrmentor.http.pap.PapJson.WorkflowJson;
import in.mrmentor.identity.Role;
import in.mrmentor.invoice.ConfirmCheckout;
import in.mrmentor.pap.ChoosePaymentOption;
import in.mrmentor.pap.FillMouDetails;
import in.mrmentor.pap.ListPapWorkflows;
import in.mrmentor.pap.MouDetails;
import in.mrmentor.pap.PapDocumentKind;
import in.mrmentor.pap.PapErrors;
import in.mrmentor.pap.PaymentOption;
import in.mrmentor.pap.ReadPapDocument;
import in.mrmentor.pap.ReceiveESignCallback;
import in.mrmentor.pap.StartESign;
import in.mrmentor.pap.StartPapPayment;
import in.mrmentor.pap.StartPapWorkflow;
import in.mrmentor.pap.VerifyPapPayment;
import in.mrmentor.program.ProgramErrors;
import in.mrmentor.shared.ErrorKind;
import in.mrmentor.shared.Validation;

import java.util.List;
import java.util.UUID;

/** PROGRAMS.md "PAP workflow" for the student: start, MOU details, e-sign, payment option, payments, documents. */
public final class PapWorkflowRoutes implements RouteGroup {
    private static final Keyset<PapWorkflow, TimeKey> MINE =
            Keyset.byTime("pap-workflows", workflow -> new TimeKey(workflow.createdAt(), workflow.id()));


    public record UseCases(StartPapWorkflow start, FillMouDetails fillMou, StartESign esign,
                           ReceiveESignCallback callback, ChoosePaymentOption chooseOption, StartPapPayment startPayment,
                           VerifyPapPayment verifyPayment, ReadPapDocument documents, ListPapWorkflows list,
                           Idempotent idempotent) {
    }

    /** Leegality's callback was read; {@code changed} when it signed a workflow's MOU. */
    public record CallbackJson(boolean received, boolean changed) {
    }

    public record StartBody(@Required UUID applicationId) {
    }

    public record MouBody(@Required String legalName, @Required String pan, @Required String address, String guardianName, Long expectedCtcPaise) {
    }

    public record OptionBody(@Required String option) {
    }

    public record VerifyBody(@Required String razorpayOrderId, @Required String razorpayPaymentId, @Required String razorpaySignature) {
    }

    private final UseCases useCases;

    public PapWorkflowRoutes(UseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public String tag() {
        return "Pay after placement";
    }

    @Override
    public List<Route> routes() {
        Access owner = Access.anyUser();
        Idempotent idempotent = useCases.idempotent();
        return List.of(
                Route.post("/api/pap/workflows", Access.roles(Role.USER), "Start the PAP workflow of an APPROVED application", ctx -> {
                    var body = Input.json(ctx, StartBody.class);
                    ctx.status(201).json(WorkflowJson.of(useCases.start().start(userId(ctx), body.applicationId())));
                }).withBody(StartBody.class).returns(201, WorkflowJson.class)
                        .error(ErrorKind.NOT_FOUND, ProgramErrors.APPLICATION_NOT_FOUND)
                        .error(ErrorKind.CONFLICT, PapErrors.PAP_NOT_AVAILABLE)
                        .error(ErrorKind.CONFLICT, PapErrors.WORKFLOW_EXISTS),
                Route.get("/api/pap/workflows/mine", owner, "The caller's PAP workflows, newest first", ctx ->
                        ctx.json(ListPage.ofAll(ctx, useCases.list().mine(userId(ctx)), MINE, TimeKey.NEWEST_FIRST,
                                WorkflowJson::of)))
                        .returns(Route.pageOf(WorkflowJson.class)).paged(),
                Route.put("/api/pap/workflows/{id}/mou-details", owner, "Give the MOU's details; the MOU is rendered (PENDING_MOU_UPLOAD)", ctx -> {
                    var details = Input.json(ctx, MouBody.class, body -> new MouDetails(body.legalName(), body.pan(),
                            body.address(), body.guardianName(), body.expectedCtcPaise()));
                    ctx.json(WorkflowJson.of(useCases.fillMou().fill(userId(ctx), Input.uuidPath(ctx, "id"), details)));
                }).withBody(MouBody.class).returns(WorkflowJson.class)
                        .error(ErrorKind.NOT_FOUND, PapErrors.WORKFLOW_NOT_FOUND)
                        .error(ErrorKind.CONFLICT, PapErrors.INVALID_TRANSITION),
                Route.post("/api/pap/workflows/{id}/esign", owner, "Send the MOU for e-signing; the signer's URL", ctx -> {
                    var started = useCases.esign().start(userId(ctx), Input.uuidPath(ctx, "id"));
                    ctx.status(201).json(new SignJson(started.signUrl(), WorkflowJson.of(started.workflow())));
                }).returns(201, SignJson.class)
                        .error(ErrorKind.NOT_FOUND, PapErrors.WORKFLOW_NOT_FOUND)
                        .error(ErrorKind.CONFLICT, PapErrors.INVALID_TRANSITION)
                        .error(ErrorKind.UNAVAILABLE, PapErrors.INTEGRATION_NOT_CONFIGURED)
                        .error(ErrorKind.UNAVAILABLE, PapErrors.ESIGN_PROVIDER_FAILED),
                Route.get("/api/pap/workflows/{id}/documents/{kind}", owner, "The mou, signed-mou or offer-letter PDF (owner or ADMIN)", ctx -> {
                    var kind = PapDocumentKind.fromApiName(ctx.pathParam("kind"))
                            .orElseThrow(() -> Validation.invalid("kind", "must be mou, signed-mou or offer-letter"));
                    var principal = Caller.principal(ctx);
                    UUID ownerFilter = principal.role().satisfies(Role.ADMIN) ? null : principal.userId();
                    byte[] pdf = useCases.documents().read(ownerFilter, Input.uuidPath(ctx, "id"), kind);
                    ctx.contentType("application/pdf").header("Content-Disposition",
                            "inline; filename=\"" + kind.apiName() + ".pdf\"").result(pdf);
                }).returnsBytes("application/pdf")
                        .error(ErrorKind.NOT_FOUND, PapErrors.WORKFLOW_NOT_FOUND)
                        .error(ErrorKind.NOT_FOUND, PapErrors.DOCUMENT_NOT_FOUND),
                Route.post("/api/pap/workflows/{id}/payment-option", owner, "Choose UPFRONT or PAP", ctx -> {
                    var body = Input.json(ctx, OptionBody.class);
                    ctx.json(WorkflowJson.of(useCases.chooseOption().choose(userId(ctx), Input.uuidPath(ctx, "id"),
                            Input.requiredEnum(body.option(), "option", PaymentOption.class))));
                }).withBody(OptionBody.class).returns(WorkflowJson.class)
                        .error(ErrorKind.NOT_FOUND, PapErrors.WORKFLOW_NOT_FOUND)
                        .error(ErrorKind.CONFLICT, PapErrors.INVALID_TRANSITION),
                Route.post("/api/pap/workflows/{id}/payments", owner, "A Razorpay order for the upfront fee or the PAP fee (Idempotency-Key)",
                        idempotent.handler(ctx -> {
                            var checkout = useCases.startPayment().start(userId(ctx), Input.uuidPath(ctx, "id"));
                            return new Idempotent.Reply(201, new CheckoutJson(checkout.orderId(), checkout.amountPaise(),
                                    checkout.currency(), checkout.keyId()));
                        })).idempotent().returns(201, CheckoutJson.class)
                        .error(ErrorKind.NOT_FOUND, PapErrors.WORKFLOW_NOT_FOUND)
                        .error(ErrorKind.CONFLICT, PapErrors.INVALID_TRANSITION)
                        .error(ErrorKind.CONFLICT, ProgramErrors.BILLING_DETAILS_MISSING)
                        .error(ErrorKind.CONFLICT, ProgramErrors.BATCH_FULL)
                        .error(ErrorKind.CONFLICT, ProgramErrors.BATCH_CLOSED)
                        .error(ErrorKind.UNAVAILABLE, PapErrors.INTEGRATION_NOT_CONFIGURED),
                Route.post("/api/pap/workflows/{id}/payments/verify", owner, "Complete a payment with Razorpay's checkout signature",
                        idempotent.handler(ctx -> {
                            var command = Input.json(ctx, VerifyBody.class, body -> new ConfirmCheckout.Command(
                                    body.razorpayOrderId(), body.razorpayPaymentId(), body.razorpaySignature()));
                            var workflow = useCases.verifyPayment().verify(userId(ctx), Input.uuidPath(ctx, "id"), command);
                            return new Idempotent.Reply(200, WorkflowJson.of(workflow));
                        })).withBody(VerifyBody.class).idempotent().returns(WorkflowJson.class)
                        .error(ErrorKind.NOT_FOUND, PapErrors.WORKFLOW_NOT_FOUND)
                        .error(ErrorKind.INVALID, ConfirmCheckout.INVALID_SIGNATURE)
                        .error(ErrorKind.UNAVAILABLE, PapErrors.INTEGRATION_NOT_CONFIGURED),
                Route.post("/api/pap/esign/webhook", Access.anyone(), "Leegality's callback, checked by its mac", ctx -> {
                    var outcome = useCases.callback().receive(Input.bodyBytes(ctx));
                    ctx.json(new CallbackJson(true, outcome instanceof ReceiveESignCallback.Signed));
                }).withRawBody("application/json").returns(CallbackJson.class)
                        .error(ErrorKind.UNAUTHENTICATED, PapErrors.INVALID_MAC)
                        .error(ErrorKind.UNAVAILABLE, PapErrors.INTEGRATION_NOT_CONFIGURED));
    }

    static UUID userId(io.javalin.http.Context ctx) {
        return Caller.principal(ctx).userId();
    }
}
