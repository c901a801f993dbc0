package in.mrmentor.pap;

import in.mrmentor.notification.Notifier;
import in.mrmentor.pap.port.AgreementTemplates;
import in.mrmentor.pap.port.MouRenderer;
import in.mrmentor.pap.port.PapDocuments;
import in.mrmentor.pap.port.PapWorkflows;
import in.mrmentor.program.ProgramEnrollment;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The owner gives the MOU's details; the MOU is rendered to PDF from the agreement template and
 * stored, and the workflow moves to PENDING_MOU_UPLOAD (where the details may still be corrected,
 * as after an admin returned the MOU). The first rendering pins the template version: a later
 * version never changes this workflow's agreement. With no version stored, the configured first
 * text becomes version 1.
 */
public final class FillMouDetails {

    private final PapWorkflows workflows;
    private final AgreementTemplates templates;
    private final MouRenderer renderer;
    private final PapDocuments documents;
    private final ProgramEnrollment programs;
    private final PapFeeRule feeRule;
    private final String firstTemplateBody;
    private final WorkflowSteps steps;
    private final Transactions transactions;
    private final Clock clock;
    private final ZoneId businessZone;

    public FillMouDetails(PapWorkflows workflows, AgreementTemplates templates, MouRenderer renderer,
                          PapDocuments documents, ProgramEnrollment programs, PapFeeRule feeRule,
                          String firstTemplateBody, Transactions transactions, Clock clock, ZoneId businessZone, Notifier notifier) {
        this.workflows = workflows;
        this.templates = templates;
        this.renderer = renderer;
        this.documents = documents;
        this.programs = programs;
        this.feeRule = feeRule;
        this.firstTemplateBody = firstTemplateBody;
        this.steps = new WorkflowSteps(workflows, clock, notifier);
        this.transactions = transactions;
        this.clock = clock;
        this.businessZone = businessZone;
    }

    public PapWorkflow fill(UUID userId, UUID workflowId, MouDetails details) {
        return transactions.inTransaction(() -> {
            var workflow = steps.locked(workflowId, userId);
            if (workflow.status() != PapStatus.PENDING_MOU_DETAILS && workflow.status() != PapStatus.PENDING_MOU_UPLOAD) {
                throw PapErrors.invalidTransition(workflow.status(), "mou-details");
            }
            var template = workflow.templateVersion() == null ? latestOrFirst()
                    : templates.find(workflow.templateVersion()).orElseThrow();
            var enrollee = programs.find(workflow.applicationId(), null);
            String text = template.render(placeholders(workflow, details, enrollee));
            byte[] pdf = renderer.render("Memorandum of Understanding", text);
            String key = "pap/" + workflow.id() + "/mou-v" + template.version() + "-" + clock.millis() + ".pdf";
            documents.store(key, pdf);
            var now = clock.instant();
            var withMou = workflow.edit().mou(details, template.version(), key).esign(null, null).at(now).build();
            if (workflow.status() == PapStatus.PENDING_MOU_DETAILS) {
                return steps.move(withMou, PapStatus.PENDING_MOU_UPLOAD, userId, "template v" + template.version());
            }
            workflows.replace(withMou);
            return withMou;
        });
    }

    private AgreementTemplate latestOrFirst() {
        return templates.latest().orElseGet(() -> {
            var first = new AgreementTemplate(1, firstTemplateBody, null, clock.instant());
            templates.add(first);
            return templates.find(1).orElse(first);
        });
    }

    private Map<String, String> placeholders(PapWorkflow workflow, MouDetails details, ProgramEnrollment.Enrollee enrollee) {
        Map<String, String> values = new HashMap<>();
        values.put("date", LocalDate.ofInstant(clock.instant(), businessZone).toString());
        values.put("legalName", details.legalName());
        values.put("pan", details.pan());
        values.put("address", details.address());
        values.put("guardianName", details.guardianName() == null ? "" : details.guardianName());
        values.put("guardianClause", details.guardianName() == null ? "" : ", with guardian " + details.guardianName());
        values.put("batchCode", enrollee.batch().code());
        values.put("batchName", enrollee.batch().name());
        values.put("program", enrollee.batch().program().name());
        values.put("papPercent", Integer.toString(feeRule.percent()));
        values.put("papCapRupees", Long.toString(feeRule.capPaise() / 100));
        values.put("expectedCtc", details.expectedCtcPaise() == null ? "not stated"
                : "Rs. " + details.expectedCtcPaise() / 100);
        values.put("workflowId", workflow.id().toString());
        return values;
    }
}
