package in.mrmentor.bootstrap.program;

import in.mrmentor.bootstrap.ContextModule;
import in.mrmentor.bootstrap.Platform;
import in.mrmentor.http.Idempotent;
import in.mrmentor.http.RouteGroup;
import in.mrmentor.http.program.ApplicationRoutes;
import in.mrmentor.http.program.BatchRoutes;
import in.mrmentor.http.program.DiscountRoutes;
import in.mrmentor.invoice.PaymentPurpose;
import in.mrmentor.persistence.program.JdbiBatches;
import in.mrmentor.persistence.program.JdbiDiscountRequests;
import in.mrmentor.persistence.program.JdbiProgramApplications;
import in.mrmentor.program.AllocateBatch;
import in.mrmentor.program.ApplicationFeeHandler;
import in.mrmentor.program.ChangeBatchStatus;
import in.mrmentor.program.ChangeEnrollment;
import in.mrmentor.program.CreateBatch;
import in.mrmentor.program.DecideApplication;
import in.mrmentor.program.DecideDiscount;
import in.mrmentor.program.EditApplication;
import in.mrmentor.program.ListApplications;
import in.mrmentor.program.ListBatches;
import in.mrmentor.program.ListDiscountRequests;
import in.mrmentor.program.ProgramEnrollment;
import in.mrmentor.program.ProgramFees;
import in.mrmentor.program.RequestDiscount;
import in.mrmentor.program.SeatingPolicies;
import in.mrmentor.program.StartApplication;
import in.mrmentor.program.StartFeePayment;
import in.mrmentor.program.SubmitApplication;
import in.mrmentor.program.UpdateBatch;
import in.mrmentor.program.VerifyFeePayment;

import java.util.List;

/**
 * Programs over PostgreSQL: batches, applications through enrollment, discount requests and the
 * application fee through invoicing's recorded orders (its handler registered for APPLICATION_FEE).
 */
public final class ProgramModule implements ContextModule {
    public final CreateBatch createBatch;
    public final UpdateBatch updateBatch;
    public final ChangeBatchStatus changeBatchStatus;
    public final ListBatches listBatches;
    public final StartApplication startApplication;
    public final EditApplication editApplication;
    public final SubmitApplication submitApplication;
    public final DecideApplication decideApplication;
    public final ListApplications listApplications;
    public final AllocateBatch allocateBatch;
    public final ChangeEnrollment changeEnrollment;
    public final RequestDiscount requestDiscount;
    public final DecideDiscount decideDiscount;
    public final ListDiscountRequests listDiscountRequests;
    public final ProgramEnrollment enrollment;
    public final ProgramFees fees;
    /** Where contexts that seat applications themselves (PAP) tell the admin's allocate and enroll routes to leave them. */
    public final SeatingPolicies seating = new SeatingPolicies();
    public final StartFeePayment startFeePayment;
    public final VerifyFeePayment verifyFeePayment;
    private final Idempotent idempotent;

    public ProgramModule(Platform platform, ProgramBilling billing) {
        var jdbi = platform.jdbi();
        var tx = platform.transactions();
        var clock = platform.clock();
        var ids = platform.ids();
        var batches = new JdbiBatches(jdbi);
        var applications = new JdbiProgramApplications(jdbi);
        var discounts = new JdbiDiscountRequests(jdbi);

        createBatch = new CreateBatch(batches, tx, clock, ids);
        updateBatch = new UpdateBatch(batches, applications, tx);
        changeBatchStatus = new ChangeBatchStatus(batches, tx, clock);
        listBatches = new ListBatches(batches);
        startApplication = new StartApplication(batches, applications, tx, clock, ids);
        editApplication = new EditApplication(applications, tx, clock);
        submitApplication = new SubmitApplication(applications, batches, tx, clock, platform.notifier());
        decideApplication = new DecideApplication(applications, batches, tx, clock, platform.notifier());
        listApplications = new ListApplications(applications, batches);
        allocateBatch = new AllocateBatch(applications, batches, seating, tx, clock, platform.notifier());
        changeEnrollment = new ChangeEnrollment(applications, batches, seating, tx, clock, platform.notifier());
        requestDiscount = new RequestDiscount(discounts, applications, batches, tx, clock, ids);
        decideDiscount = new DecideDiscount(discounts, tx, clock);
        listDiscountRequests = new ListDiscountRequests(discounts);
        enrollment = new ProgramEnrollment(applications, batches, tx, clock, platform.notifier());
        fees = new ProgramFees(applications, batches, discounts, billing.issueInvoice(), billing.labels().masItem(), clock, platform.notifier());
        startFeePayment = new StartFeePayment(applications, fees, billing.openOrder());
        verifyFeePayment = new VerifyFeePayment(applications, billing.confirmCheckout());
        billing.routing().register(PaymentPurpose.APPLICATION_FEE, new ApplicationFeeHandler(fees, billing.capturePayment()));
        idempotent = new Idempotent(platform.idempotentRequests());
    }

    @Override
    public List<RouteGroup> routes() {
        return List.of(
                new BatchRoutes(createBatch, updateBatch, changeBatchStatus, listBatches),
                new ApplicationRoutes(new ApplicationRoutes.UseCases(startApplication, editApplication, submitApplication,
                        decideApplication, listApplications, allocateBatch, changeEnrollment, startFeePayment,
                        verifyFeePayment, idempotent)),
                new DiscountRoutes(requestDiscount, decideDiscount, listDiscountRequests));
    }
}
