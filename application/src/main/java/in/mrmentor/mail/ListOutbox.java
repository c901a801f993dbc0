package in.mrmentor.mail;

import in.mrmentor.mail.port.Outbox;
import in.mrmentor.shared.Keyset;
import in.mrmentor.shared.Page;
import in.mrmentor.shared.TimeKey;

/** Operators read the outgoing mail, newest first, a page at a time (API.md "Lists"). */
public final class ListOutbox {
    private static final Keyset<OutboxEntry, TimeKey> NEWEST_FIRST =
            Keyset.byTime("outbox", entry -> new TimeKey(entry.createdAt(), entry.id()));

    private final Outbox outbox;

    public ListOutbox(Outbox outbox) {
        this.outbox = outbox;
    }

    /** @param cursor null for the first page */
    public Page<OutboxEntry> page(int limit, String cursor) {
        var request = NEWEST_FIRST.request(cursor, limit);
        return NEWEST_FIRST.page(outbox.page(request), request);
    }
}
