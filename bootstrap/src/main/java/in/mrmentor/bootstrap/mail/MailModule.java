package in.mrmentor.bootstrap.mail;

import in.mrmentor.bootstrap.ContextModule;
import in.mrmentor.bootstrap.Platform;
import in.mrmentor.external.mail.OutboxOnlyMailTransport;
import in.mrmentor.external.mail.SmtpMailTransport;
import in.mrmentor.http.RouteGroup;
import in.mrmentor.http.mail.OutboxRoutes;
import in.mrmentor.jobs.HandlerOptions;
import in.mrmentor.jobs.JobType;
import in.mrmentor.jobs.port.JobWorkers;
import in.mrmentor.http.mail.EmailTemplateRoutes;
import in.mrmentor.mail.DeliverEmail;
import in.mrmentor.mail.ListEmailTemplates;
import in.mrmentor.mail.MailCatalog;
import in.mrmentor.mail.OverrideEmailTemplate;
import in.mrmentor.mail.PreviewEmailTemplate;
import in.mrmentor.mail.RenderMail;
import in.mrmentor.mail.RestoreEmailTemplate;
import in.mrmentor.hiring.InviteToQuiz;
import in.mrmentor.identity.RequestOtp;
import in.mrmentor.identity.RequestPasswordReset;
import in.mrmentor.slot.SlotMails;
import in.mrmentor.mail.ListOutbox;
import in.mrmentor.mail.ResendOutboxMessage;
import in.mrmentor.mail.ShowOutboxMessage;
import in.mrmentor.mail.SweepOutbox;
import in.mrmentor.mail.port.MailTransport;
import in.mrmentor.messaging.mail.EmailJobHandler;
import in.mrmentor.messaging.mail.OutboxSweepJobHandler;
import in.mrmentor.persistence.mail.JdbiOutboxStore;

import java.time.Duration;
import java.util.List;

/**
 * Delivery of the mail the platform's mailer stores in the outbox: the {@code email} jobs send it over
 * SMTP when configured, else it stays in the outbox; a recurring sweep re-enqueues mail whose job was lost.
 */
public final class MailModule implements ContextModule {
    static final HandlerOptions EMAIL = HandlerOptions.of(2, 8);
    static final Duration SWEEP_EVERY = Duration.ofMinutes(5);

    public final DeliverEmail deliverEmail;
    public final SweepOutbox sweepOutbox;
    public final ListOutbox listOutbox;
    public final ShowOutboxMessage showOutboxMessage;
    public final ResendOutboxMessage resendOutboxMessage;
    public final ListEmailTemplates listEmailTemplates;
    public final OverrideEmailTemplate overrideEmailTemplate;
    public final RestoreEmailTemplate restoreEmailTemplate;
    public final PreviewEmailTemplate previewEmailTemplate;
    private final JdbiOutboxStore outbox;

    public MailModule(Platform platform) {
        this.outbox = platform.outbox();
        MailTransport transport = platform.settings().platform().smtp().<MailTransport>map(SmtpMailTransport::new)
                .orElseGet(OutboxOnlyMailTransport::new);
        deliverEmail = new DeliverEmail(outbox, transport, platform.transactions(), platform.clock());
        listOutbox = new ListOutbox(outbox);
        // Production shows bodies with one-time codes and links redacted; development shows them whole.
        showOutboxMessage = new ShowOutboxMessage(outbox, platform.settings().production());
        resendOutboxMessage = new ResendOutboxMessage(outbox, platform.mailDeliveries(), platform.transactions());
        // The mails admins may edit: each context's definitions (their defaults stay in its code).
        var definitions = new java.util.ArrayList<>(SlotMails.DEFINITIONS);
        definitions.addAll(List.of(RequestOtp.MAIL, RequestPasswordReset.MAIL, InviteToQuiz.MAIL));
        var catalog = new MailCatalog(definitions);
        var overrides = platform.templateOverrides();
        listEmailTemplates = new ListEmailTemplates(catalog, overrides);
        overrideEmailTemplate = new OverrideEmailTemplate(catalog, overrides, platform.templateEngine(),
                platform.transactions(), platform.clock());
        restoreEmailTemplate = new RestoreEmailTemplate(catalog, overrides, platform.transactions());
        previewEmailTemplate = new PreviewEmailTemplate(catalog, overrides,
                new RenderMail(overrides, platform.templateEngine()));
        sweepOutbox = new SweepOutbox(outbox, platform.mailDeliveries(), platform.clock(), Duration.ofMinutes(10), 500);
    }

    @Override
    public List<RouteGroup> routes() {
        return List.of(new OutboxRoutes(listOutbox, showOutboxMessage), new EmailTemplateRoutes(listEmailTemplates,
                overrideEmailTemplate, restoreEmailTemplate, previewEmailTemplate));
    }

    @Override
    public void jobs(JobWorkers workers) {
        EmailJobHandler.register(workers, deliverEmail, EMAIL);
        workers.register(JobType.EMAIL_SWEEP, new OutboxSweepJobHandler(sweepOutbox), SINGLE_WORKER);
        workers.schedule(OutboxSweepJobHandler.every(SWEEP_EVERY));
    }
}
