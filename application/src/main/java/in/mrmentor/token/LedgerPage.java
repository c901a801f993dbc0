package in.mrmentor.token;

import java.util.List;

/** One page of a user's ledger, newest first; {@code nextCursor} is null on the last page. */
public record LedgerPage(List<LedgerEntry> items, String nextCursor) {
    public LedgerPage {
        items = List.copyOf(items);
    }
}
