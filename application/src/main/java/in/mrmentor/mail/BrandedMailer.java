package in.mrmentor.mail;

import java.util.List;
import java.util.ArrayList;
import in.mrmentor.tenant.CurrentTenant;
import in.mrmentor.tenant.TenantRegistry;

import java.util.Objects;

/**
 * Brands every mail with its tenant: the sender address and display name of the tenant the work is
 * done for (the request's {@code x-platform}), unless the message names its own sender. Wired
 * under {@link TemplatedMailer}, so rendered mails are branded too.
 */
public final class BrandedMailer implements Mailer {
    private final Mailer next;
    private final TenantRegistry tenants;
    private final CurrentTenant current;

    public BrandedMailer(Mailer next, TenantRegistry tenants, CurrentTenant current) {
        this.next = Objects.requireNonNull(next, "next");
        this.tenants = Objects.requireNonNull(tenants, "tenants");
        this.current = Objects.requireNonNull(current, "current");
    }

    @Override
    public void send(OutgoingEmail email) {
        if (email.fromAddress() != null) {
            next.send(email);
            return;
        }
        var tenant = tenants.get(current.current());
        next.send(email.from(tenant.mailFrom(), tenant.name()));
    }

    @Override
    public void sendAll(List<OutgoingEmail> emails) {
        List<OutgoingEmail> branded = new ArrayList<>();
        var tenant = emails.stream().allMatch(e -> e.fromAddress() != null) ? null : tenants.get(current.current());
        for (OutgoingEmail email : emails) {
            branded.add(email.fromAddress() != null ? email : email.from(tenant.mailFrom(), tenant.name()));
        }
        next.sendAll(branded);
    }
}
