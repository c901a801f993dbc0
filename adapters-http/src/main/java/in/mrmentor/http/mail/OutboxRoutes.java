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
import in.mrmentor.mail.ShowOutboxMessage;
import in.mrmentor.shared.ErrorKind;

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

    /** One message with its body; {@code redacted} is true in production, where codes and links are taken out. */
    public record OutboxMessageJson(UUID id, String to, String subject, String status, Instant createdAt,
                                    String lastError, String textBody, String htmlBody, boolean redacted,
                                    List<String> cc, List<AttachedFileJson> attachments) {
        static OutboxMessageJson of(ShowOutboxMessage.Message message) {
            return new OutboxMessageJson(message.id(), message.to(), message.subject(), message.status().name(),
                    message.createdAt(), message.lastError(), message.textBody(), message.htmlBody(), message.redacted(),
                    message.cc(), message.attachments().stream()
                            .map(f -> new AttachedFileJson(f.filename(), f.contentType(), f.bytes())).toList());
        }
    }

    /** A file the message carries: its name, type and size (the bytes go out with the mail only). */
    public record AttachedFileJson(String filename, String contentType, int bytes) {
    }

    private final ListOutbox outbox;
    private final ShowOutboxMessage showMessage;

    public OutboxRoutes(ListOutbox outbox, ShowOutboxMessage showMessage) {
        this.outbox = outbox;
        this.showMessage = showMessage;
    }

    @Override
    public String tag() {
        return "Operations";
    }

    @Override
    public List<Route> routes() {
        Access admin = Access.roles(Role.ADMIN);
        return List.of(
                Route.get("/api/admin/outbox", admin, "Outgoing mail, newest first (?limit&cursor)",
                                ctx -> ctx.json(ListPage.of(outbox.page(Input.limit(ctx), Input.cursor(ctx)), OutboxItem::of)))
                        .returns(Route.pageOf(OutboxItem.class)).paged(),
                Route.get("/api/admin/outbox/{id}", admin,
                                "One outgoing message with its body (one-time codes and links redacted in production)",
                                ctx -> ctx.json(OutboxMessageJson.of(showMessage.show(Input.uuidPath(ctx, "id")))))
                        .returns(OutboxMessageJson.class)
                        .error(ErrorKind.NOT_FOUND, ShowOutboxMessage.NOT_FOUND));
    }
}
