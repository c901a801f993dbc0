package in.mrmentor.pap;

import in.mrmentor.pap.port.AgreementTemplates;
import in.mrmentor.shared.port.Transactions;

import java.time.Clock;
import java.util.UUID;

/** An admin publishes a new version of the MOU's text; workflows already rendered keep theirs. */
public final class PublishAgreementTemplate {
    private final AgreementTemplates templates;
    private final Transactions transactions;
    private final Clock clock;

    public PublishAgreementTemplate(AgreementTemplates templates, Transactions transactions, Clock clock) {
        this.templates = templates;
        this.transactions = transactions;
        this.clock = clock;
    }

    public AgreementTemplate publish(UUID adminId, String body) {
        new in.mrmentor.shared.Validation().requireText(body, "body", AgreementTemplate.MAX_BODY).orThrow();
        return transactions.inTransaction(() -> {
            // Two admins publishing at once race for the same number; the loser takes the next one.
            for (int attempt = 0; attempt < 5; attempt++) {
                int next = templates.latest().map(AgreementTemplate::version).orElse(0) + 1;
                var template = new AgreementTemplate(next, body, adminId, clock.instant());
                if (templates.add(template)) {
                    return template;
                }
            }
            throw in.mrmentor.shared.DomainException.conflict("TEMPLATE_VERSION_TAKEN", "Try again.");
        });
    }
}
