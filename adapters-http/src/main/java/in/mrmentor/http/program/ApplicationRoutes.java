package in.mrmentor.http.program;

import in.mrmentor.program.ProgramApplication;

import in.mrmentor.shared.TimeKey;

import in.mrmentor.shared.Keyset;

import com.fasterxml.jackson.databind.JsonNode;
import in.mrmentor.http.Access;
import in.mrmentor.http.Caller;
import in.mrmentor.http.Idempotent;
import in.mrmentor.http.Input;
import in.mrmentor.http.ListPage;
import in.mrmentor.http.Required;
import in.mrmentor.http.Route;
import in.mrmentor.http.RouteGroup;
import in.mrmentor.http.program.ProgramJson.ApplicationJson;
import in.mrmentor.http.program.ProgramJson.BillingJson;
import in.mrmentor.identity.Role;
import in.mrmentor.invoice.ConfirmCheckout;
import in.mrmentor.pap.PapErrors;
import in.mrmentor.program.AllocateBatch;
import in.mrmentor.program.ApplicationStatus;
import in.mrmentor.program.ChangeEnrollment;
import in.mrmentor.program.DecideApplication;
import in.mrmentor.program.EditApplication;
import in.mrmentor.program.ListApplications;
import in.mrmentor.program.ProgramErrors;
import in.mrmentor.program.StartApplication;
import in.mrmentor.program.StartFeePayment;
import in.mrmentor.program.VerifyFeePayment;
import in.mrmentor.program.SubmitApplication;
import in.mrmentor.shared.ErrorKind;
import in.mrmentor.shared.Validation;
import io.javalin.http.Context;

import java.util.List;
import java.util.UUID;

/** PROGRAMS.md "Program applications": a student's application through review, allocation and enrollment. */
public final class ApplicationRoutes implements RouteGroup {
    private static final Keyset<ProgramApplication, TimeKey> MINE =
            Keyset.byTime("program-applications", application -> new TimeKey(application.createdAt(), application.id()));


    public record UseCases(StartApplication start, EditApplication edit, SubmitApplication submit,
                           DecideApplication decide, ListApplications list, AllocateBatch allocate,
                           ChangeEnrollment enrollment, StartFeePayment startPayment, VerifyFeePayment verifyPayment,
                           Idempotent idempotent) {
    }

    public record ApplicationBody(@Required UUID batchId, JsonNode answers, BillingJson billing) {
        static String answersText(JsonNode answers) {
            if (answers == null || answers.isNull()) {
                return null;
            }
            if (!answers.isObject()) {
                throw Validation.invalid("answers", "must be a JSON object");
            }
            if (answers.toString().length() > 100_000) {
                throw Validation.invalid("answers", "must be at most 100000 characters of JSON");
            }
            return answers.toString();
        }
    }

    public record EditBody(JsonNode answers, BillingJson billing) {
    }

    public record NoteBody(String note, String reason) {
    }

    public record AllocateBody(UUID batchId) {
    }

    public record VerifyBody(@Required String razorpayOrderId, @Required String razorpayPaymentId, @Required String razorpaySignature) {
    }

    public record CheckoutJson(String orderId, long amountPaise, String currency, String keyId) {
    }

    private final UseCases useCases;

    public ApplicationRoutes(UseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public String tag() {
        return "Programs";
    }

    @Override
    public List<Route> routes() {
        Access admin = Access.roles(Role.ADMIN);
        Access student = Access.roles(Role.USER);
        return List.of(
                Route.post("/api/programs/applications", student, "Start an application to a batch (DRAFT)", ctx -> {
                    var body = Input.json(ctx, ApplicationBody.class);
                    var command = new StartApplication.Command(body.batchId(), ApplicationBody.answersText(body.answers()),
                            body.billing() == null ? null : body.billing().toDomain());
                    ctx.status(201).json(ApplicationJson.of(useCases.start().start(Caller.principal(ctx).userId(), command)));
                }).withBody(ApplicationBody.class).returns(201, ApplicationJson.class)
                        .error(ErrorKind.NOT_FOUND, ProgramErrors.BATCH_NOT_FOUND)
                        .error(ErrorKind.CONFLICT, ProgramErrors.APPLICATION_EXISTS)
                        .error(ErrorKind.CONFLICT, ProgramErrors.BATCH_CLOSED),
                Route.get("/api/programs/applications/mine", Access.anyUser(), "The caller's applications, newest first", ctx ->
                        ctx.json(ListPage.ofAll(ctx, useCases.list().mine(Caller.principal(ctx).userId()), MINE,
                                TimeKey.NEWEST_FIRST, ApplicationJson::of)))
                        .returns(Route.pageOf(ApplicationJson.class)).paged(),
                Route.put("/api/programs/applications/{id}", Access.anyUser(), "Edit a DRAFT's answers, or the billing details until paid", ctx -> {
                    var body = Input.json(ctx, EditBody.class);
                    var command = new EditApplication.Command(ApplicationBody.answersText(body.answers()),
                            body.billing() == null ? null : body.billing().toDomain());
                    ctx.json(ApplicationJson.of(useCases.edit().edit(Caller.principal(ctx).userId(),
                            Input.uuidPath(ctx, "id"), command)));
                }).withBody(EditBody.class).returns(ApplicationJson.class)
                        .error(ErrorKind.NOT_FOUND, ProgramErrors.APPLICATION_NOT_FOUND)
                        .error(ErrorKind.CONFLICT, ProgramErrors.INVALID_TRANSITION),
                Route.post("/api/programs/applications/{id}/submit", Access.anyUser(), "Submit a DRAFT for review", ctx ->
                        ctx.json(ApplicationJson.of(useCases.submit().submit(Caller.principal(ctx).userId(),
                                Input.uuidPath(ctx, "id")))))
                        .returns(ApplicationJson.class)
                        .error(ErrorKind.NOT_FOUND, ProgramErrors.APPLICATION_NOT_FOUND)
                        .error(ErrorKind.CONFLICT, ProgramErrors.INVALID_TRANSITION),
                Route.get("/api/admin/programs/applications", admin, "Applications, oldest first (?batchId&status&limit&cursor)", ctx -> {
                    String batch = ctx.queryParam("batchId");
                    UUID batchId = null;
                    if (batch != null && !batch.isBlank()) {
                        try {
                            batchId = UUID.fromString(batch);
                        } catch (IllegalArgumentException e) {
                            throw Validation.invalid("batchId", "must be a UUID");
                        }
                    }
                    ctx.json(ListPage.of(useCases.list().page(batchId, Input.enumQuery(ctx, "status", ApplicationStatus.class),
                            Input.limit(ctx), Input.cursor(ctx)), ApplicationJson::of));
                }).returns(Route.pageOf(ApplicationJson.class)).paged()
                        .query("batchId", UUID.class, "only this batch").query("status", ApplicationStatus.class, "only this status"),
                Route.get("/api/admin/programs/applications/{id}", admin, "One application with its history", ctx -> {
                    UUID id = Input.uuidPath(ctx, "id");
                    ctx.json(ApplicationJson.of(useCases.list().one(id), useCases.list().history(id)));
                }).returns(ApplicationJson.class).error(ErrorKind.NOT_FOUND, ProgramErrors.APPLICATION_NOT_FOUND),
                Route.post("/api/programs/applications/{id}/payments", Access.anyUser(),
                        "A Razorpay order for the fee less an approved discount; only when APPROVED (Idempotency-Key)",
                        useCases.idempotent().handler(ctx -> {
                            var checkout = useCases.startPayment().start(Caller.principal(ctx).userId(), Input.uuidPath(ctx, "id"));
                            return new Idempotent.Reply(201, new CheckoutJson(checkout.orderId(), checkout.amountPaise(),
                                    checkout.currency(), checkout.keyId()));
                        })).idempotent().returns(201, CheckoutJson.class)
                        .error(ErrorKind.NOT_FOUND, ProgramErrors.APPLICATION_NOT_FOUND)
                        .error(ErrorKind.CONFLICT, ProgramErrors.INVALID_TRANSITION)
                        .error(ErrorKind.CONFLICT, ProgramErrors.BILLING_DETAILS_MISSING)
                        .error(ErrorKind.UNAVAILABLE, "INTEGRATION_NOT_CONFIGURED"),
                Route.post("/api/programs/applications/{id}/payments/verify", Access.anyUser(),
                        "Complete the fee with Razorpay's checkout signature: PAID with its invoice number",
                        useCases.idempotent().handler(ctx -> {
                            var command = Input.json(ctx, VerifyBody.class, body -> new ConfirmCheckout.Command(
                                    body.razorpayOrderId(), body.razorpayPaymentId(), body.razorpaySignature()));
                            var application = useCases.verifyPayment().verify(Caller.principal(ctx).userId(),
                                    Input.uuidPath(ctx, "id"), command);
                            return new Idempotent.Reply(200, ApplicationJson.of(application));
                        })).withBody(VerifyBody.class).idempotent().returns(ApplicationJson.class)
                        .error(ErrorKind.NOT_FOUND, ProgramErrors.APPLICATION_NOT_FOUND)
                        .error(ErrorKind.INVALID, ConfirmCheckout.INVALID_SIGNATURE)
                        .error(ErrorKind.UNAVAILABLE, "INTEGRATION_NOT_CONFIGURED"),
                decision("review", DecideApplication.Decision.REVIEW, "Open the review of a SUBMITTED application"),
                decision("approve", DecideApplication.Decision.APPROVE, "Approve an application"),
                decision("reject", DecideApplication.Decision.REJECT, "Reject an application; {reason} is required"),
                Route.post("/api/admin/programs/applications/{id}/allocate", admin,
                        "Seat a PAID application in a batch; 409 BATCH_FULL, or SEATED_THROUGH_PAP for a student "
                                + "whose PAP workflow seats them", ctx -> {
                    var body = Input.optionalJson(ctx, AllocateBody.class, new AllocateBody(null));
                    ctx.json(ApplicationJson.of(useCases.allocate().allocate(Caller.principal(ctx).userId(),
                            Input.uuidPath(ctx, "id"), body.batchId())));
                }).withBody(AllocateBody.class).returns(ApplicationJson.class)
                        .error(ErrorKind.NOT_FOUND, ProgramErrors.APPLICATION_NOT_FOUND)
                        .error(ErrorKind.NOT_FOUND, ProgramErrors.BATCH_NOT_FOUND)
                        .error(ErrorKind.CONFLICT, ProgramErrors.BATCH_FULL)
                        .error(ErrorKind.CONFLICT, ProgramErrors.BATCH_CLOSED)
                        .error(ErrorKind.CONFLICT, ProgramErrors.INVALID_TRANSITION)
                        .error(ErrorKind.CONFLICT, ProgramErrors.FEE_NOT_PAID)
                        .error(ErrorKind.CONFLICT, ProgramErrors.BATCH_OF_ANOTHER_PROGRAM)
                        .error(ErrorKind.CONFLICT, PapErrors.SEATED_THROUGH_PAP),
                Route.post("/api/admin/programs/applications/{id}/enroll", admin,
                        "Enroll an allocated student; 409 SEATED_THROUGH_PAP for a student whose PAP workflow seats them", ctx -> {
                    var body = Input.optionalJson(ctx, NoteBody.class, new NoteBody(null, null));
                    ctx.json(ApplicationJson.of(useCases.enrollment().enroll(Caller.principal(ctx).userId(),
                            Input.uuidPath(ctx, "id"), body.reason())));
                }).withBody(NoteBody.class).returns(ApplicationJson.class)
                        .error(ErrorKind.NOT_FOUND, ProgramErrors.APPLICATION_NOT_FOUND)
                        .error(ErrorKind.CONFLICT, ProgramErrors.INVALID_TRANSITION)
                        .error(ErrorKind.CONFLICT, PapErrors.SEATED_THROUGH_PAP),
                Route.post("/api/admin/programs/applications/{id}/deboard", admin, "Deboard an enrolled student", ctx -> {
                    var body = Input.optionalJson(ctx, NoteBody.class, new NoteBody(null, null));
                    ctx.json(ApplicationJson.of(useCases.enrollment().deboard(Caller.principal(ctx).userId(),
                            Input.uuidPath(ctx, "id"), body.reason())));
                }).withBody(NoteBody.class).returns(ApplicationJson.class)
                        .error(ErrorKind.NOT_FOUND, ProgramErrors.APPLICATION_NOT_FOUND)
                        .error(ErrorKind.CONFLICT, ProgramErrors.INVALID_TRANSITION));
    }

    private Route decision(String name, DecideApplication.Decision decision, String summary) {
        return Route.post("/api/admin/programs/applications/{id}/" + name, Access.roles(Role.ADMIN), summary, ctx -> {
            var body = Input.optionalJson(ctx, NoteBody.class, new NoteBody(null, null));
            String note = decision == DecideApplication.Decision.REJECT ? body.reason() : body.note();
            ctx.json(ApplicationJson.of(useCases.decide().decide(Caller.principal(ctx).userId(), Input.uuidPath(ctx, "id"),
                    new DecideApplication.Command(decision, note))));
        }).withBody(NoteBody.class).returns(ApplicationJson.class)
                .error(ErrorKind.NOT_FOUND, ProgramErrors.APPLICATION_NOT_FOUND)
                .error(ErrorKind.CONFLICT, ProgramErrors.INVALID_TRANSITION);
    }
}
