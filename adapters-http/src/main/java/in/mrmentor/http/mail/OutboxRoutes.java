package in.mrmentor.http.mail;

import in.mrmentor.http.Access;
import in.mrmentor.http.Route;
import in.mrmentor.http.RouteGroup;
import in.mrmentor.identity.Role;
import in.mrmentor.mail.OutboxEntry;
import in.mrmentor.mail.port.Outbox;
import in.mrmentor.shared.Validation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Operators' view of outgoing mail: with no SMTP configured this is where every message can be read. */
public final class OutboxRoutes implements RouteGroup {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    /** Bodies stay out: they can hold one-time codes. */
    public record OutboxItem(UUID id, String to, String subject, String status, Instant createdAt) {
        static OutboxItem of(OutboxEntry entry) {
            return new OutboxItem(entry.id(), entry.email().to(), entry.email().subject(), entry.status().name(),
                    entry.createdAt());
        }
    }

    public record OutboxPage(List<OutboxItem> items, String nextCursor) {
    }

    private final Outbox outbox;

    public OutboxRoutes(Outbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public String tag() {
        return "Operations";
    }

    @Override
    public List<Route> routes() {
        return List.of(Route.get("/api/admin/outbox", Access.roles(Role.ADMIN), "Outgoing mail, newest first (?limit=)",
                ctx -> ctx.json(new OutboxPage(outbox.newest(limit(ctx.queryParam("limit"))).stream()
                        .map(OutboxItem::of).toList(), null))));
    }

    private static int limit(String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(raw.trim());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException ignored) {
            // answered below like any other out-of-range value
        }
        throw Validation.invalid("limit", "must be a whole number from 1 to " + MAX_LIMIT);
    }
}
