package in.mrmentor.pap;

import in.mrmentor.invoice.InvoiceKit;
import in.mrmentor.invoice.InvoiceTestData;
import in.mrmentor.invoice.PaymentPurpose;
import in.mrmentor.pap.port.ESignProvider;
import in.mrmentor.pap.port.memory.InMemoryPapDocuments;
import in.mrmentor.program.AllocateBatch;
import in.mrmentor.program.ApplicationFeeHandler;
import in.mrmentor.program.ApplicationStatus;
import in.mrmentor.program.ChangeEnrollment;
import in.mrmentor.program.DecideApplication;
import in.mrmentor.program.DecideDiscount;
import in.mrmentor.program.ProgramEnrollment;
import in.mrmentor.program.ProgramFees;
import in.mrmentor.program.ProgramTestData;
import in.mrmentor.program.RequestDiscount;
import in.mrmentor.program.SeatingPolicies;
import in.mrmentor.program.StartApplication;
import in.mrmentor.program.StartFeePayment;
import in.mrmentor.program.SubmitApplication;
import in.mrmentor.program.VerifyFeePayment;
import in.mrmentor.program.port.ProgramStores;
import in.mrmentor.program.port.memory.InMemoryProgramStores;
import in.mrmentor.shared.PlainText;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.memory.InMemoryTransactions;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Programs and PAP wired over the in-memory adapters with invoicing's {@link InvoiceKit}, all in one
 * {@link InMemoryTransactions}, and a scriptable e-sign provider: use-case tests read as journeys.
 */
public final class PapKit {
    public final Clock clock = InvoiceTestData.CLOCK;
    public final InMemoryTransactions tx = new InMemoryTransactions();
    public final ProgramStores stores = InMemoryProgramStores.create(tx);
    public final in.mrmentor.notification.port.memory.InMemoryNotifications notifications =
            tx.enlist(new in.mrmentor.notification.port.memory.InMemoryNotifications());
    public final InvoiceKit invoices = new InvoiceKit(tx, InvoiceTestData.terms(), clock, notifications);
    public final InMemoryPapDocuments documents = new InMemoryPapDocuments();
    public final ScriptedESign esign = new ScriptedESign();
    public final Ids ids = Ids.random();
    public final in.mrmentor.notification.Notifier notifier =
            new in.mrmentor.notification.StoredNotifier(notifications, clock, ids);

    public final ProgramEnrollment enrollment = new ProgramEnrollment(stores.applications(), stores.batches(), tx, clock, notifier);
    public final ProgramFees fees = new ProgramFees(stores.applications(), stores.batches(), stores.discounts(),
            invoices.issueInvoice, "Professional training programme", clock, notifier);
    public final StartApplication startApplication = new StartApplication(stores.batches(), stores.applications(), tx, clock, ids);
    public final SubmitApplication submit = new SubmitApplication(stores.applications(), stores.batches(), tx, clock, notifier);
    public final DecideApplication decide = new DecideApplication(stores.applications(), stores.batches(), tx, clock, notifier);
    public final SeatingPolicies seating = new SeatingPolicies();
    public final AllocateBatch allocate = new AllocateBatch(stores.applications(), stores.batches(), seating, tx, clock, notifier);
    public final ChangeEnrollment changeEnrollment = new ChangeEnrollment(stores.applications(), stores.batches(),
            seating, tx, clock, notifier);
    public final RequestDiscount requestDiscount = new RequestDiscount(stores.discounts(), stores.applications(),
            stores.batches(), tx, clock, ids);
    public final DecideDiscount decideDiscount = new DecideDiscount(stores.discounts(), tx, clock);
    public final StartFeePayment startFeePayment = new StartFeePayment(stores.applications(), fees, invoices.openPaymentOrder);
    public final VerifyFeePayment verifyFeePayment = new VerifyFeePayment(stores.applications(), invoices.confirmCheckout);

    public final StartPapWorkflow startWorkflow = new StartPapWorkflow(stores.workflows(), enrollment, tx, clock, ids);
    public final FillMouDetails fillMou = new FillMouDetails(stores.workflows(), stores.templates(),
            (title, text) -> ("%PDF-1.4\n" + title + "\n" + text).getBytes(StandardCharsets.UTF_8), documents, enrollment,
            PapFeeRule.DEFAULT, "First text for {{legalName}}", tx, clock, java.time.ZoneId.of("Asia/Kolkata"), notifier);
    public final StartESign startESign = new StartESign(stores.workflows(), esign, documents,
            user -> java.util.Optional.of(user + "@example.com"), tx, clock, notifier);
    public final ReceiveESignCallback callback = new ReceiveESignCallback(stores.workflows(), esign, documents, tx, clock, notifier);
    public final ReviewMou reviewMou = new ReviewMou(stores.workflows(), tx, clock, notifier);
    public final ChoosePaymentOption chooseOption = new ChoosePaymentOption(stores.workflows(), tx, clock, notifier);
    public final ApprovePap approvePap = new ApprovePap(stores.workflows(), enrollment, tx, clock, notifier);
    public final EnrollPaidWorkflow enrollPaid = new EnrollPaidWorkflow(stores.workflows(), enrollment, tx, clock, notifier);
    public final ReportPlacement reportPlacement = new ReportPlacement(stores.workflows(), documents, tx, clock, notifier);
    public final VerifyPlacement verifyPlacement = new VerifyPlacement(stores.workflows(), enrollment,
            new PapFeeInvoices(invoices.issueInvoice, user -> java.util.Optional.empty(), "Pay-after-placement fee"), PapFeeRule.DEFAULT, tx, clock, notifier);
    public final PublishAgreementTemplate publishTemplate = new PublishAgreementTemplate(stores.templates(), tx, clock);
    public final StartPapPayment startPapPayment = new StartPapPayment(stores.workflows(), enrollment, fees,
            invoices.openPaymentOrder);
    public final VerifyPapPayment verifyPapPayment = new VerifyPapPayment(stores.workflows(), invoices.confirmCheckout);
    public final RecordOfflinePapFee offlineFee = new RecordOfflinePapFee(stores.workflows(), invoices.payments::find, tx, clock, notifier);
    public final UUID admin = UUID.randomUUID();

    public PapKit() {
        seating.register(new PapSeating(stores.workflows()));
        invoices.routing.register(PaymentPurpose.APPLICATION_FEE, new ApplicationFeeHandler(fees, invoices.capturePayment));
        invoices.routing.register(PaymentPurpose.PAP_FEE, new PapFeeHandler(stores.workflows(), fees,
                invoices.capturePayment, clock, notifier));
    }

    public static final byte[] PDF = "%PDF-1.7 offer".getBytes(StandardCharsets.US_ASCII);

    /** A PAP batch with {@code capacity} seats. */
    public in.mrmentor.program.Batch aPapBatch(int capacity) {
        var batch = ProgramTestData.aBatch(capacity, true);
        stores.batches().add(batch);
        return batch;
    }

    /** A new student's APPROVED application to the batch, with billing details. */
    public in.mrmentor.program.ProgramApplication anApprovedApplication(in.mrmentor.program.Batch batch) {
        UUID student = UUID.randomUUID();
        var draft = startApplication.start(student, new StartApplication.Command(batch.id(), "{}",
                new in.mrmentor.program.BillingDetails("Asha Rao", "12 MG Road, Bengaluru", "29", null)));
        submit.submit(student, draft.id());
        return decide.decide(admin, draft.id(), new DecideApplication.Command(DecideApplication.Decision.APPROVE, null));
    }

    /** A workflow walked to PENDING_PAYMENT_OPTION with the signing provider signing at once. */
    public PapWorkflow aWorkflowAwaitingItsPaymentOption(in.mrmentor.program.Batch batch) {
        var application = anApprovedApplication(batch);
        var workflow = startWorkflow.start(application.userId(), application.id());
        return reviewMou.approve(admin, fillMouAndSign(workflow).id(), null);
    }

    /** The started workflow's MOU filled in and signed at once: PENDING_MOU_REVIEW. */
    public PapWorkflow fillMouAndSign(PapWorkflow workflow) {
        fillMou.fill(workflow.userId(), workflow.id(), mou());
        esign.signAtOnce = true;
        startESign.start(workflow.userId(), workflow.id());
        return stores.workflows().find(workflow.id()).orElseThrow();
    }

    public PapWorkflow anEnrolledPapWorkflow(in.mrmentor.program.Batch batch) {
        var workflow = aWorkflowAwaitingItsPaymentOption(batch);
        chooseOption.choose(workflow.userId(), workflow.id(), PaymentOption.PAP);
        return approvePap.approve(admin, workflow.id(), null);
    }

    public static MouDetails mou() {
        return new MouDetails("Asha Rao", "ABCPR1234K", "12 MG Road, Bengaluru", null, 90_000_000L);
    }

    public ApplicationStatus applicationStatus(UUID applicationId) {
        return stores.applications().find(applicationId).orElseThrow().status();
    }

    public PapStatus status(UUID workflowId) {
        return stores.workflows().find(workflowId).orElseThrow().status();
    }

    /** An e-sign provider whose answers a test sets. */
    public static final class ScriptedESign implements ESignProvider {
        public boolean signAtOnce;
        public boolean completed;
        public final List<UUID> requests = new ArrayList<>();

        @Override
        public SignRequest requestSignature(UUID irn, byte[] pdf, Invitee invitee) {
            requests.add(irn);
            return new SignRequest("doc-" + irn + "-" + requests.size(), "https://sign.example/" + irn,
                    signAtOnce ? pdf : null);
        }

        @Override
        public String authenticCallback(byte[] rawBody) {
            String body = new String(rawBody, StandardCharsets.UTF_8);
            if (!body.startsWith("genuine:")) {
                throw PapErrors.invalidMac();
            }
            return PlainText.require("documentId", body.substring("genuine:".length()));
        }

        @Override
        public boolean isCompleted(String documentId) {
            return completed;
        }

        @Override
        public byte[] signedDocument(String documentId) {
            return ("%PDF-1.7 signed " + documentId).getBytes(StandardCharsets.UTF_8);
        }
    }

}
