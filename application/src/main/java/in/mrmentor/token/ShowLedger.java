package in.mrmentor.token;

import in.mrmentor.shared.Keyset;
import in.mrmentor.shared.Page;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.token.port.Ledger;

import java.util.UUID;

/** {@code GET /api/tokens/ledger}: the caller's entries, newest first, a page at a time (API.md "Lists"). */
public final class ShowLedger {
    public static final int DEFAULT_LIMIT = PageRequest.DEFAULT_LIMIT;
    public static final int MAX_LIMIT = PageRequest.MAX_LIMIT;

    /** The ledger's own sequence orders the entries: no two share one, so it needs no id beside it. */
    private static final Keyset<LedgerEntry, Long> NEWEST_FIRST = Keyset.bySequence("ledger", LedgerEntry::sequence);

    /** @param cursor null for the first page */
    public record Query(int limit, String cursor) {
        public Query {
            // A bad limit or cursor is refused as the query is made, before any use case runs.
            NEWEST_FIRST.request(cursor, limit);
        }

        PageRequest<Long> page() {
            return NEWEST_FIRST.request(cursor, limit);
        }
    }

    private final Ledger ledger;

    public ShowLedger(Ledger ledger) {
        this.ledger = ledger;
    }

    public Page<LedgerEntry> page(UUID userId, Query query) {
        var request = query.page();
        return NEWEST_FIRST.page(ledger.entries(userId, request), request);
    }
}
