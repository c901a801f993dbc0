package in.mrmentor.mail;

import in.mrmentor.mail.port.TemplateOverrides;
import in.mrmentor.shared.port.Transactions;

/** An admin drops a mail's override: the default in code applies again from the next mail on. */
public final class RestoreEmailTemplate {
    private final MailCatalog catalog;
    private final TemplateOverrides overrides;
    private final Transactions transactions;

    public RestoreEmailTemplate(MailCatalog catalog, TemplateOverrides overrides, Transactions transactions) {
        this.catalog = catalog;
        this.overrides = overrides;
        this.transactions = transactions;
    }

    /** Restoring a mail that has no override changes nothing. @throws in.mrmentor.shared.DomainException 404 */
    public void restore(String name) {
        catalog.get(name);
        transactions.run(() -> overrides.delete(name));
    }
}
