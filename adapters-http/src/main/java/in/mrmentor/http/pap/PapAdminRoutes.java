package in.mrmentor.http.pap;

import in.mrmentor.http.Access;
import in.mrmentor.http.Caller;
import in.mrmentor.http.Idempotent;
import in.mrmentor.http.Input;
import in.mrmentor.http.ListPage;
import in.mrmentor.http.Required;
import in.mrmentor.http.Route;
import in.mrmentor.http.RouteGroup;
import in.mrmentor.http.pap.PapJson.TemplateJson;
import in.mrmentor.http.pap.PapJson.WorkflowJson;
import in.mrmentor.identity.Role;
import in.mrmentor.pap.ApprovePap;
import in.mrmentor.pap.EnrollPaidWorkflow;
import in.mrmentor.pap.ListPapWorkflows;
import in.mrmentor.pap.PapErrors;
import in.mrmentor.pap.PapStatus;
import in.mrmentor.pap.Pdf;
import in.mrmentor.pap.PublishAgreementTemplate;
import in.mrmentor.pap.RecordOfflinePapFee;
import in.mrmentor.pap.ReportPlacement;
import in.mrmentor.pap.ReviewMou;
import in.mrmentor.pap.VerifyPlacement;
import in.mrmentor.program.ProgramErrors;
import in.mrmentor.shared.ErrorKind;
import in.mrmentor.shared.FieldError;
import in.mrmentor.shared.PlainText;
import in.mrmentor.shared.Validation;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * PROGRAMS.md "PAP workflow" for admins (MOU review, PAP approval, placement verification, offline
 * receipts, agreement templates) and the placement report, which the student or an admin files as
 * multipart fields with the offer letter.
 */
public final class PapAdminRoutes implements RouteGroup {

    public record UseCases(ListPapWorkflows list, ReviewMou reviewMou, ApprovePap approvePap,
                           ReportPlacement reportPlacement, VerifyPlacement verifyPlacement,
                           RecordOfflinePapFee offlineFee, PublishAgreementTemplate publishTemplate,
                           EnrollPaidWorkflow enrollPaid, Idempotent idempotent) {
    }

    public record NoteBody(String note, String reason) {
    }

    public record ReceiptBody(UUID paymentId) {
    }

    public record SeatBody(UUID batchId) {
    }

    /** The parts of a placement report, as the API document shows them; the handler reads them one by one. */
    public record PlacementForm(@Required String company, @Required String role, @Required Long annualCtcPaise,
                                @Required LocalDate joiningDate, @Required byte[] offerLetter) {
    }

    public record TemplateBody(String body) {
    }

    private final UseCases useCases;

    public PapAdminRoutes(UseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public String tag() {
        return "Pay after placement";
    }

    @Override
    public List<Route> routes() {
        Access admin = Access.roles(Role.ADMIN);
        return List.of(
                Route.get("/api/admin/pap/workflows", admin, "PAP workflows, oldest first (?status&limit&cursor)", ctx ->
                        ctx.json(ListPage.of(useCases.list().page(Input.enumQuery(ctx, "status", PapStatus.class),
                                Input.limit(ctx), Input.cursor(ctx)), WorkflowJson::of)))
                        .returns(Route.pageOf(WorkflowJson.class)).paged().query("status", PapStatus.class, "only this status"),
                Route.get("/api/admin/pap/workflows/{id}", admin, "One workflow with every step it took", ctx -> {
                    UUID id = Input.uuidPath(ctx, "id");
                    var workflow = useCases.list().one(id);
                    ctx.json(WorkflowJson.of(workflow, useCases.list().history(id)));
                }).returns(WorkflowJson.class).error(ErrorKind.NOT_FOUND, PapErrors.WORKFLOW_NOT_FOUND),
                Route.post("/api/admin/pap/workflows/{id}/approve-mou", admin, "Approve the signed MOU (-> PENDING_PAYMENT_OPTION)", ctx -> {
                    var body = Input.optionalJson(ctx, NoteBody.class, new NoteBody(null, null));
                    ctx.json(WorkflowJson.of(useCases.reviewMou().approve(adminId(ctx), Input.uuidPath(ctx, "id"), body.note())));
                }).withBody(NoteBody.class).returns(WorkflowJson.class)
                        .error(ErrorKind.NOT_FOUND, PapErrors.WORKFLOW_NOT_FOUND)
                        .error(ErrorKind.CONFLICT, PapErrors.INVALID_TRANSITION),
                Route.post("/api/admin/pap/workflows/{id}/return-mou", admin, "Send the MOU back to be signed again; {reason} required", ctx -> {
                    var body = Input.json(ctx, NoteBody.class);
                    ctx.json(WorkflowJson.of(useCases.reviewMou().sendBack(adminId(ctx), Input.uuidPath(ctx, "id"), body.reason())));
                }).withBody(NoteBody.class).returns(WorkflowJson.class)
                        .error(ErrorKind.NOT_FOUND, PapErrors.WORKFLOW_NOT_FOUND)
                        .error(ErrorKind.CONFLICT, PapErrors.INVALID_TRANSITION),
                Route.post("/api/admin/pap/workflows/{id}/approve-pap", admin, "Approve pay-after-placement: ENROLLED, the application too", ctx -> {
                    var body = Input.optionalJson(ctx, NoteBody.class, new NoteBody(null, null));
                    ctx.json(WorkflowJson.of(useCases.approvePap().approve(adminId(ctx), Input.uuidPath(ctx, "id"), body.note())));
                }).withBody(NoteBody.class).returns(WorkflowJson.class)
                        .error(ErrorKind.NOT_FOUND, PapErrors.WORKFLOW_NOT_FOUND)
                        .error(ErrorKind.CONFLICT, PapErrors.INVALID_TRANSITION)
                        .error(ErrorKind.CONFLICT, ProgramErrors.BATCH_FULL),
                Route.post("/api/admin/pap/workflows/{id}/enroll", admin,
                        "Seat a student whose upfront fee was paid while the batch was full, in {batchId?} or its own batch: "
                                + "the application and the workflow ENROLLED", ctx -> {
                    var body = Input.optionalJson(ctx, SeatBody.class, new SeatBody(null));
                    ctx.json(WorkflowJson.of(useCases.enrollPaid().enroll(adminId(ctx), Input.uuidPath(ctx, "id"), body.batchId())));
                }).withBody(SeatBody.class).returns(WorkflowJson.class)
                        .error(ErrorKind.NOT_FOUND, PapErrors.WORKFLOW_NOT_FOUND)
                        .error(ErrorKind.NOT_FOUND, ProgramErrors.BATCH_NOT_FOUND)
                        .error(ErrorKind.CONFLICT, PapErrors.INVALID_TRANSITION)
                        .error(ErrorKind.CONFLICT, ProgramErrors.BATCH_FULL)
                        .error(ErrorKind.CONFLICT, ProgramErrors.BATCH_CLOSED),
                Route.post("/api/pap/workflows/{id}/placement", Access.anyUser(),
                        "Report a placement (multipart: company, role, annualCtcPaise, joiningDate, offerLetter PDF)", this::placement)
                        .withMaxBodyBytes(Pdf.MAX_BYTES + 64 * 1024).withFormBody(PlacementForm.class)
                        .returns(WorkflowJson.class)
                        .error(ErrorKind.NOT_FOUND, PapErrors.WORKFLOW_NOT_FOUND)
                        .error(ErrorKind.INVALID, PapErrors.NOT_A_PDF)
                        .error(ErrorKind.CONFLICT, PapErrors.INVALID_TRANSITION),
                Route.post("/api/admin/pap/workflows/{id}/verify-placement", admin,
                        "Verify the placement: the PAP fee and its PAP-series invoice (-> PAYMENT_COLLECTION_PENDING)",
                        useCases.idempotent().handler(ctx -> new Idempotent.Reply(200, WorkflowJson.of(
                                useCases.verifyPlacement().verify(adminId(ctx), Input.uuidPath(ctx, "id"))))))
                        .idempotent().returns(WorkflowJson.class)
                        .error(ErrorKind.NOT_FOUND, PapErrors.WORKFLOW_NOT_FOUND)
                        .error(ErrorKind.CONFLICT, PapErrors.INVALID_TRANSITION)
                        .error(ErrorKind.CONFLICT, ProgramErrors.BILLING_DETAILS_MISSING),
                Route.post("/api/admin/pap/workflows/{id}/fee-received", admin, "The PAP fee was received offline: name its manual receipt (-> CLOSED)",
                        useCases.idempotent().handler(ctx -> {
                            var body = Input.json(ctx, ReceiptBody.class);
                            return new Idempotent.Reply(200, WorkflowJson.of(useCases.offlineFee().record(adminId(ctx),
                                    Input.uuidPath(ctx, "id"), body.paymentId())));
                        })).withBody(ReceiptBody.class).idempotent().returns(WorkflowJson.class)
                        .error(ErrorKind.NOT_FOUND, PapErrors.WORKFLOW_NOT_FOUND)
                        .error(ErrorKind.NOT_FOUND, "PAYMENT_NOT_FOUND")
                        .error(ErrorKind.CONFLICT, RecordOfflinePapFee.RECEIPT_NOT_USABLE)
                        .error(ErrorKind.CONFLICT, PapErrors.INVALID_TRANSITION),
                Route.post("/api/admin/pap/agreement-templates", admin, "Publish a new version of the MOU text ({{placeholders}})", ctx -> {
                    var body = Input.json(ctx, TemplateBody.class);
                    var template = useCases.publishTemplate().publish(adminId(ctx), body.body());
                    ctx.status(201).json(new TemplateJson(template.version(), template.body(), template.createdBy(),
                            template.createdAt()));
                }).withBody(TemplateBody.class).returns(201, TemplateJson.class));
    }

    private void placement(Context ctx) {
        if (!ctx.isMultipartFormData()) {
            throw new HttpResponseException(415, "A placement is multipart/form-data with the offer letter.");
        }
        var principal = Caller.principal(ctx);
        UUID owner = principal.role().satisfies(Role.ADMIN) ? null : principal.userId();
        List<FieldError> errors = new ArrayList<>();
        String company = text(ctx, "company", errors);
        String role = text(ctx, "role", errors);
        Long ctc = null;
        String rawCtc = ctx.formParam("annualCtcPaise");
        if (rawCtc != null && !rawCtc.isBlank()) {
            try {
                ctc = Long.parseLong(rawCtc.strip());
            } catch (NumberFormatException e) {
                errors.add(new FieldError("annualCtcPaise", "must be a whole number of paise"));
            }
        }
        LocalDate joining = null;
        String rawDate = ctx.formParam("joiningDate");
        if (rawDate != null && !rawDate.isBlank()) {
            try {
                joining = LocalDate.parse(rawDate.strip());
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("joiningDate", "must be a date (YYYY-MM-DD)"));
            }
        }
        byte[] offer = null;
        var file = ctx.uploadedFile("offerLetter");
        if (file != null) {
            try (InputStream in = file.content()) {
                offer = in.readNBytes(Pdf.MAX_BYTES + 1);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!errors.isEmpty()) {
            throw Validation.invalid(errors);
        }
        var command = new ReportPlacement.Command(company, role, ctc, joining, offer);
        ctx.json(WorkflowJson.of(useCases.reportPlacement().report(principal.userId(), owner, Input.uuidPath(ctx, "id"),
                command)));
    }

    private static String text(Context ctx, String field, List<FieldError> errors) {
        String value = ctx.formParam(field);
        if (value != null && !PlainText.isPlain(value)) {
            errors.add(new FieldError(field, PlainText.MESSAGE));
            return null;
        }
        return value;
    }

    private static UUID adminId(Context ctx) {
        return Caller.principal(ctx).userId();
    }
}
