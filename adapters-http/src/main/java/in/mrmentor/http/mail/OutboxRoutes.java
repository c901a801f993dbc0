package in.mrmentor.http.mail;

import in.mrmentor.http.Access;
import in.mrmentor.http.Input;
import in.mrmentor.http.ListPage;
import in.mrmentor.http.OneOf;
import in.mrmentor.http.Required;
import in.mrmentor.http.Route;
import in.mrmentor.http.RouteGroup;
import in.mrmentor.identity.Role;
import in.mrmentor.mail.ListOutbox;
import in.mrmentor.mail.OutboxEntry;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Operators' view of outgoing mail: with no SMTP configured this is where every message can be read. */
public final class OutboxRoutes implements RouteGroup {

    /** Bodies stay out: they can hold one-time codes. */
    public record OutboxItem(@Required UUID id, @Required String to, @Required String subject,
                             @Required @OneOf(OutboxEntry.Status.class) String status, @Required Instant createdAt) {
        static OutboxItem of(OutboxEntry entry) {
            return new OutboxItem(entry.id(), entry.email().to(), entry.email().subject(), entry.status().name(),
                    entry.createdAt());
        }
    }

    private final ListOutbox outbox;

    public OutboxRoutes(ListOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public String tag() {
        return "Operations";
    }

    @Override
    public List<Route> routes() {
        return List.of(Route.get("/api/admin/outbox", Access.roles(Role.ADMIN), "Outgoing mail, newest first (?limit&cursor)",
                ctx -> ctx.json(ListPage.of(outbox.page(Input.limit(ctx), Input.cursor(ctx)), OutboxItem::of)))
                .returns(Route.pageOf(OutboxItem.class)).paged());
    }

}
