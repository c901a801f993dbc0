package in.mrmentor.http.lead;

import in.mrmentor.http.Fields;

import in.mrmentor.http.Caller;
import in.mrmentor.http.Input;
import in.mrmentor.http.ListPage;
import in.mrmentor.http.Required;
import in.mrmentor.http.Route;
import in.mrmentor.lead.ActivityType;
import in.mrmentor.lead.AssignLead;
import in.mrmentor.lead.CallOutcome;
import in.mrmentor.lead.CreateLead;
import in.mrmentor.lead.InterestLevel;
import in.mrmentor.lead.LeadErrors;
import in.mrmentor.lead.LeadIntake;
import in.mrmentor.lead.LeadStage;
import in.mrmentor.lead.ListLeads;
import in.mrmentor.lead.LogActivity;
import in.mrmentor.lead.ScheduleFollowUp;
import in.mrmentor.lead.ShowLead;
import in.mrmentor.lead.UpdateLead;
import in.mrmentor.lead.port.Leads;
import in.mrmentor.shared.ErrorKind;
import io.javalin.http.Context;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** CRM.md "Routes": the lead itself, its timeline entries, follow-ups and single assignment. */
public final class LeadRoutes implements CrmRouteGroup {

    public record UseCases(CreateLead create, ListLeads list, ShowLead show, UpdateLead update, LogActivity log,
                           ScheduleFollowUp schedule, AssignLead assign) {
    }

    public record CreateLeadBody(@Required String name, @Required String phone, String email, String campaign, String sessionYear,
                                 String interestLevel, List<String> tags, Map<String, String> extra) {
    }

    public record UpdateLeadBody(String stage, String interestLevel, List<String> tags, String email,
                                 Map<String, String> extra, Long revenuePaise) {
    }

    public record ActivityBody(String type, String outcome, String notes, Integer durationSeconds, Instant at) {
    }

    public record FollowUpBody(@Required Instant dueAt, String note) {
    }

    public record AssignBody(@Required UUID assigneeId) {
    }

    private final UseCases useCases;

    public LeadRoutes(UseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.post("/api/crm/leads", SALES, "Enter a lead by hand (assigned to its creator when SALES)", this::create)
                        .withBody(CreateLeadBody.class).returns(201, CrmJson.LeadJson.class)
                        .error(ErrorKind.CONFLICT, LeadErrors.DUPLICATE_LEAD),
                Route.get("/api/crm/leads", SALES, "The leads the caller may see, newest first", ctx -> {
                    var fields = new Fields();
                    var filter = fields.build(() -> new Leads.Filter(
                            fields.optionalEnum(ctx.queryParam("stage"), "stage", LeadStage.class),
                            Input.uuidQuery(ctx, "assignedTo"),
                            blankToNull(ctx.queryParam("tag")),
                            fields.optionalEnum(ctx.queryParam("interestLevel"), "interestLevel", InterestLevel.class),
                            blankToNull(ctx.queryParam("q"))));
                    var page = useCases.list().list(Caller.principal(ctx), filter, Input.limit(ctx), Input.cursor(ctx));
                    ctx.json(ListPage.of(page, CrmJson.LeadJson::of));
                }).returns(Route.pageOf(CrmJson.LeadJson.class)).paged()
                        .query("stage", LeadStage.class, "only leads in this stage")
                        .query("assignedTo", UUID.class, "only leads assigned to this user")
                        .query("tag", String.class, "only leads carrying this tag")
                        .query("interestLevel", InterestLevel.class, "only leads of this interest")
                        .query("q", String.class, "part of the name, phone or e-mail"),
                Route.get("/api/crm/leads/{id}", SALES, "A lead with its timeline, follow-ups and assignment history",
                        ctx -> ctx.json(CrmJson.LeadDetailsJson.of(useCases.show().show(Caller.principal(ctx),
                                Input.uuidPath(ctx, "id")))))
                        .returns(CrmJson.LeadDetailsJson.class).error(ErrorKind.NOT_FOUND, LeadErrors.LEAD_NOT_FOUND),
                Route.patch("/api/crm/leads/{id}", SALES, "Move the stage, or change interest, tags, e-mail and extra fields",
                        this::update)
                        .withBody(UpdateLeadBody.class).returns(CrmJson.LeadJson.class)
                        .error(ErrorKind.NOT_FOUND, LeadErrors.LEAD_NOT_FOUND)
                        .error(ErrorKind.CONFLICT, LeadErrors.INVALID_TRANSITION)
                        .error(ErrorKind.CONFLICT, LeadErrors.DUPLICATE_LEAD),
                Route.post("/api/crm/leads/{id}/activities", SALES, "Log a note, call, SMS, WhatsApp or e-mail", ctx -> {
                    UUID id = Input.uuidPath(ctx, "id");
                    var bound = Input.jsonPartly(ctx, ActivityBody.class);
                    var body = bound.value();
                    var fields = new Fields(bound.errors());
                    var command = fields.build(() -> new LogActivity.Command(
                            fields.optionalEnum(body.type(), "type", ActivityType.class),
                            fields.optionalEnum(body.outcome(), "outcome", CallOutcome.class),
                            body.notes(), body.durationSeconds(), body.at()));
                    ctx.status(201).json(CrmJson.ActivityJson.of(useCases.log().log(Caller.principal(ctx), id, command)));
                }).withBody(ActivityBody.class).returns(201, CrmJson.ActivityJson.class)
                        .error(ErrorKind.NOT_FOUND, LeadErrors.LEAD_NOT_FOUND),
                Route.post("/api/crm/leads/{id}/follow-ups", SALES, "Schedule a follow-up in the future", ctx -> {
                    UUID id = Input.uuidPath(ctx, "id");
                    var command = Input.json(ctx, FollowUpBody.class, body -> new ScheduleFollowUp.Command(body.dueAt(),
                            body.note()));
                    var followUp = useCases.schedule().schedule(Caller.principal(ctx), id, command);
                    ctx.status(201).json(CrmJson.FollowUpJson.of(followUp));
                }).withBody(FollowUpBody.class).returns(201, CrmJson.FollowUpJson.class)
                        .error(ErrorKind.NOT_FOUND, LeadErrors.LEAD_NOT_FOUND),
                Route.post("/api/crm/leads/{id}/assign", SALES, "Hand the lead to a salesperson (the team's head or ADMIN)",
                        ctx -> {
                            UUID id = Input.uuidPath(ctx, "id");
                            var body = Input.json(ctx, AssignBody.class);
                            ctx.json(CrmJson.LeadJson.of(useCases.assign().assign(Caller.principal(ctx), id,
                                    body.assigneeId())));
                        }).withBody(AssignBody.class).returns(CrmJson.LeadJson.class)
                        .error(ErrorKind.NOT_FOUND, LeadErrors.LEAD_NOT_FOUND)
                        .error(ErrorKind.FORBIDDEN, LeadErrors.NOT_SALES_HEAD));
    }

    private void create(Context ctx) {
        var draft = Input.json(ctx, CreateLeadBody.class, body -> useCases.create().draft(new LeadIntake.Raw(body.name(),
                body.phone(), body.email(), body.campaign(), body.sessionYear(), body.interestLevel(), body.tags(),
                body.extra())));
        ctx.status(201).json(CrmJson.LeadJson.of(useCases.create().create(Caller.principal(ctx), draft)));
    }

    private void update(Context ctx) {
        UUID id = Input.uuidPath(ctx, "id");
        var bound = Input.jsonPartly(ctx, UpdateLeadBody.class);
        var body = bound.value();
        var fields = new Fields(bound.errors());
        var command = fields.build(() -> new UpdateLead.Command(
                fields.optionalEnum(body.stage(), "stage", LeadStage.class),
                fields.optionalEnum(body.interestLevel(), "interestLevel", InterestLevel.class),
                body.tags(), body.email(), body.extra(), body.revenuePaise()));
        ctx.json(CrmJson.LeadJson.of(useCases.update().update(Caller.principal(ctx), id, command)));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
