package in.mrmentor.http.program;


import in.mrmentor.http.Access;
import in.mrmentor.http.Caller;
import in.mrmentor.http.Input;
import in.mrmentor.http.ListPage;
import in.mrmentor.http.Required;
import in.mrmentor.http.Route;
import in.mrmentor.http.RouteGroup;
import in.mrmentor.http.program.ProgramJson.BatchJson;
import in.mrmentor.identity.Role;
import in.mrmentor.program.BatchStatus;
import in.mrmentor.program.ChangeBatchStatus;
import in.mrmentor.program.CreateBatch;
import in.mrmentor.program.ListBatches;
import in.mrmentor.program.Program;
import in.mrmentor.program.ProgramErrors;
import in.mrmentor.program.UpdateBatch;
import in.mrmentor.shared.ErrorKind;

import java.time.LocalDate;
import java.util.List;

/** PROGRAMS.md "Batches": admins manage them; anybody sees the UPCOMING and ACTIVE ones. */
public final class BatchRoutes implements RouteGroup {

    /**
     * A batch as sent. Missing or unknown values reach the command as values it refuses (no program, a fee
     * or capacity out of range), so one answer names every failing field.
     */
    public record BatchBody(@Required String code, @Required String name, @Required String program,
                            @Required LocalDate startDate, @Required Long enrollmentFeePaise, @Required Integer capacity,
                            Boolean papAvailable) {
        CreateBatch.Command toCommand() {
            return new CreateBatch.Command(code, name, Input.enumOrNull(program, Program.class), startDate,
                    feeOrRefused(enrollmentFeePaise), capacityOrRefused(capacity), papAvailable != null && papAvailable);
        }
    }

    /** What an edit may change: a batch keeps its code and program. */
    public record BatchEditBody(@Required String name, @Required LocalDate startDate, @Required Long enrollmentFeePaise,
                                @Required Integer capacity, Boolean papAvailable) {
        UpdateBatch.Command toUpdate() {
            return new UpdateBatch.Command(name, startDate, feeOrRefused(enrollmentFeePaise), capacityOrRefused(capacity),
                    papAvailable != null && papAvailable);
        }
    }

    /** A missing fee reaches the command out of its range, so it is named with the other failing fields. */
    private static long feeOrRefused(Long fee) {
        return fee == null ? -1 : fee;
    }

    private static int capacityOrRefused(Integer capacity) {
        return capacity == null ? 0 : capacity;
    }

    public record StatusBody(@Required String status) {
    }

    public record BatchStepJson(String from, String to, java.util.UUID actor, java.time.Instant at) {
    }

    private final CreateBatch create;
    private final UpdateBatch update;
    private final ChangeBatchStatus changeStatus;
    private final ListBatches list;

    public BatchRoutes(CreateBatch create, UpdateBatch update, ChangeBatchStatus changeStatus, ListBatches list) {
        this.create = create;
        this.update = update;
        this.changeStatus = changeStatus;
        this.list = list;
    }

    @Override
    public String tag() {
        return "Programs";
    }

    @Override
    public List<Route> routes() {
        Access admin = Access.roles(Role.ADMIN);
        return List.of(
                Route.post("/api/admin/batches", admin, "Open a batch (UPCOMING); its code is unique", ctx -> {
                    var command = Input.json(ctx, BatchBody.class, BatchBody::toCommand);
                    ctx.status(201).json(BatchJson.of(create.create(Caller.principal(ctx).userId(), command)));
                }).withBody(BatchBody.class).returns(201, BatchJson.class)
                        .error(ErrorKind.CONFLICT, ProgramErrors.BATCH_CODE_TAKEN),
                Route.get("/api/admin/batches", admin, "Every batch, oldest first (?status&limit&cursor)", ctx ->
                        ctx.json(ListPage.of(list.all(Input.enumQuery(ctx, "status", BatchStatus.class), Input.limit(ctx),
                                Input.cursor(ctx)), BatchJson::of)))
                        .returns(Route.pageOf(BatchJson.class)).paged().query("status", BatchStatus.class, "only this status"),
                Route.put("/api/admin/batches/{id}", admin, "Edit a batch's name, start, fee, capacity and PAP offer", ctx -> {
                    var id = Input.uuidPath(ctx, "id");
                    var command = Input.json(ctx, BatchEditBody.class, BatchEditBody::toUpdate);
                    ctx.json(BatchJson.of(update.update(id, command)));
                }).withBody(BatchEditBody.class).returns(BatchJson.class)
                        .error(ErrorKind.NOT_FOUND, ProgramErrors.BATCH_NOT_FOUND),
                Route.post("/api/admin/batches/{id}/status", admin, "Move a batch along UPCOMING -> ACTIVE -> COMPLETED, or cancel it", ctx -> {
                    var body = Input.json(ctx, StatusBody.class);
                    ctx.json(BatchJson.of(changeStatus.change(Caller.principal(ctx).userId(), Input.uuidPath(ctx, "id"),
                            Input.requiredEnum(body.status(), "status", BatchStatus.class))));
                }).withBody(StatusBody.class).returns(BatchJson.class)
                        .error(ErrorKind.NOT_FOUND, ProgramErrors.BATCH_NOT_FOUND)
                        .error(ErrorKind.CONFLICT, ProgramErrors.INVALID_TRANSITION),
                Route.get("/api/admin/batches/{id}/history", admin, "Every status change of a batch, with who made it and when", ctx ->
                        ctx.json(list.history(Input.uuidPath(ctx, "id")).stream().map(t -> new BatchStepJson(
                                t.from() == null ? null : t.from().name(), t.to().name(), t.actor(), t.at())).toList()))
                        .returns(Route.listOf(BatchStepJson.class)),
                Route.get("/api/programs/batches", Access.anyone(), "Batches open to applications (UPCOMING and ACTIVE)", ctx ->
                        ctx.json(ListPage.of(list.open(Input.limit(ctx), Input.cursor(ctx)), BatchJson::of)))
                        .returns(Route.pageOf(BatchJson.class)).paged());
    }
}
