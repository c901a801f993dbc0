package in.mrmentor.bootstrap.pap;

import in.mrmentor.bootstrap.ContextModule;
import in.mrmentor.bootstrap.Platform;
import in.mrmentor.bootstrap.program.ProgramBilling;
import in.mrmentor.bootstrap.program.ProgramModule;
import in.mrmentor.config.ResolveSetting;
import in.mrmentor.config.port.SecretCipher;
import in.mrmentor.external.crypto.AesGcmSecretCipher;
import in.mrmentor.external.pap.BlobPapDocuments;
import in.mrmentor.external.pap.DemoAutoVerifyESign;
import in.mrmentor.external.pap.LeegalityESign;
import in.mrmentor.external.pap.LeegalitySettings;
import in.mrmentor.external.pap.PdfBoxMouRenderer;
import in.mrmentor.http.Idempotent;
import in.mrmentor.http.RouteGroup;
import in.mrmentor.http.pap.PapAdminRoutes;
import in.mrmentor.http.pap.PapWorkflowRoutes;
import in.mrmentor.invoice.PaymentPurpose;
import in.mrmentor.pap.ApprovePap;
import in.mrmentor.pap.ChoosePaymentOption;
import in.mrmentor.pap.EnrollPaidWorkflow;
import in.mrmentor.pap.FillMouDetails;
import in.mrmentor.pap.ListPapWorkflows;
import in.mrmentor.pap.PapFeeHandler;
import in.mrmentor.pap.PapErrors;
import in.mrmentor.pap.PapFeeInvoices;
import in.mrmentor.pap.PapSeating;
import in.mrmentor.pap.PublishAgreementTemplate;
import in.mrmentor.pap.ReadPapDocument;
import in.mrmentor.pap.ReceiveESignCallback;
import in.mrmentor.pap.RecordOfflinePapFee;
import in.mrmentor.pap.ReportPlacement;
import in.mrmentor.pap.ReviewMou;
import in.mrmentor.pap.StartESign;
import in.mrmentor.pap.StartPapPayment;
import in.mrmentor.pap.StartPapWorkflow;
import in.mrmentor.pap.VerifyPapPayment;
import in.mrmentor.pap.VerifyPlacement;
import in.mrmentor.pap.port.ESignProvider;
import in.mrmentor.persistence.config.JdbiSystemConfigs;
import in.mrmentor.persistence.pap.JdbiAgreementTemplates;
import in.mrmentor.persistence.pap.JdbiPapWorkflows;
import in.mrmentor.persistence.pap.JdbiStudents;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Pay-after-placement over PostgreSQL, the blob store, PDFBox and an e-sign provider: the demo signer
 * with {@code MAS101_PAP_DEMO_AUTOVERIFY} (never in production), else Leegality, whose settings come
 * from the environment first and then from the encrypted {@code mas101_leegality_*} system_configs
 * rows, read at each call (seed 000's two tiers).
 */
public final class PapModule implements ContextModule {
    public final StartPapWorkflow startWorkflow;
    public final FillMouDetails fillMouDetails;
    public final StartESign startESign;
    public final ReceiveESignCallback receiveCallback;
    public final ReviewMou reviewMou;
    public final ChoosePaymentOption choosePaymentOption;
    public final ApprovePap approvePap;
    public final ReportPlacement reportPlacement;
    public final VerifyPlacement verifyPlacement;
    public final ReadPapDocument readDocument;
    public final ListPapWorkflows listWorkflows;
    public final PublishAgreementTemplate publishTemplate;
    public final StartPapPayment startPayment;
    public final VerifyPapPayment verifyPayment;
    public final RecordOfflinePapFee offlineFee;
    private final EnrollPaidWorkflow enrollPaid;
    private final Idempotent idempotent;

    public PapModule(Platform platform, ProgramModule programs, ProgramBilling billing) {
        var settings = platform.settings().pap();
        var jdbi = platform.jdbi();
        var tx = platform.transactions();
        var clock = platform.clock();
        var workflows = new JdbiPapWorkflows(jdbi);
        var templates = new JdbiAgreementTemplates(jdbi);
        var documents = new BlobPapDocuments(platform.blobStore());
        var students = new JdbiStudents(jdbi);
        ESignProvider esign = settings.demoAutoVerify() ? new DemoAutoVerifyESign() : leegality(platform, settings);

        startWorkflow = new StartPapWorkflow(workflows, programs.enrollment, tx, clock, platform.ids());
        fillMouDetails = new FillMouDetails(workflows, templates, new PdfBoxMouRenderer(), documents, programs.enrollment,
                settings.feeRule(), settings.firstTemplateBody(), tx, clock, platform.settings().platform().businessZone(), platform.notifier());
        startESign = new StartESign(workflows, esign, documents, students, tx, clock, platform.notifier());
        receiveCallback = new ReceiveESignCallback(workflows, esign, documents, tx, clock, platform.notifier());
        reviewMou = new ReviewMou(workflows, tx, clock, platform.notifier());
        choosePaymentOption = new ChoosePaymentOption(workflows, tx, clock, platform.notifier());
        approvePap = new ApprovePap(workflows, programs.enrollment, tx, clock, platform.notifier());
        enrollPaid = new EnrollPaidWorkflow(workflows, programs.enrollment, tx, clock, platform.notifier());
        reportPlacement = new ReportPlacement(workflows, documents, tx, clock, platform.notifier());
        verifyPlacement = new VerifyPlacement(workflows, programs.enrollment,
                new PapFeeInvoices(billing.issueInvoice(), students, billing.labels().papItem()), settings.feeRule(), tx, clock, platform.notifier());
        readDocument = new ReadPapDocument(workflows, documents);
        listWorkflows = new ListPapWorkflows(workflows);
        publishTemplate = new PublishAgreementTemplate(templates, tx, clock);
        startPayment = new StartPapPayment(workflows, programs.enrollment, programs.fees, billing.openOrder());
        verifyPayment = new VerifyPapPayment(workflows, billing.confirmCheckout());
        offlineFee = new RecordOfflinePapFee(workflows, billing.receipts()::apply, tx, clock, platform.notifier());
        programs.seating.register(new PapSeating(workflows));
        billing.routing().register(PaymentPurpose.PAP_FEE,
                new PapFeeHandler(workflows, programs.fees, billing.capturePayment(), clock, platform.notifier()));
        idempotent = new Idempotent(platform.idempotentRequests());
    }

    private static ESignProvider leegality(Platform platform, PapSettings settings) {
        var rows = new ResolveSetting(new JdbiSystemConfigs(platform.jdbi()), cipher(platform), Map.of());
        return new LeegalityESign(() -> {
            Optional<String> base = settings.leegalityBaseUrl().or(() -> rows.resolve("mas101_leegality_sandbox_base_url", null));
            Optional<String> token = settings.leegalityAuthToken().or(() -> rows.resolve("mas101_leegality_sandbox_auth_token", null));
            Optional<String> salt = settings.leegalityPrivateSalt().or(() -> rows.resolve("mas101_leegality_private_salt", null));
            if (base.isEmpty() || token.isEmpty() || salt.isEmpty()) {
                return Optional.empty();
            }
            String template = settings.leegalityCreateRequestTemplate()
                    .or(() -> rows.resolve("mas101_leegality_sandbox_create_request_template", null)).orElse(null);
            return Optional.of(new LeegalitySettings(base.get(), token.get(), salt.get(), template));
        });
    }

    private static SecretCipher cipher(Platform platform) {
        return platform.settings().encryptionKey().<SecretCipher>map(key -> new AesGcmSecretCipher(key.value()))
                .orElseGet(() -> new SecretCipher() {
                    @Override
                    public String seal(String plain) {
                        throw PapErrors.notConfigured("Secret settings (PLATFORM_ENCRYPTION_KEY)");
                    }

                    @Override
                    public String open(String sealed) {
                        throw PapErrors.notConfigured("E-signing (the stored Leegality settings need PLATFORM_ENCRYPTION_KEY)");
                    }
                });
    }

    @Override
    public List<RouteGroup> routes() {
        return List.of(
                new PapWorkflowRoutes(new PapWorkflowRoutes.UseCases(startWorkflow, fillMouDetails, startESign,
                        receiveCallback, choosePaymentOption, startPayment, verifyPayment, readDocument, listWorkflows,
                        idempotent)),
                new PapAdminRoutes(new PapAdminRoutes.UseCases(listWorkflows, reviewMou, approvePap, reportPlacement,
                        verifyPlacement, offlineFee, publishTemplate, enrollPaid, idempotent)));
    }
}
