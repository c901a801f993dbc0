package in.mrmentor.token;

import in.mrmentor.shared.Validation;
import in.mrmentor.token.port.Ledger;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/** {@code GET /api/tokens/ledger}: the caller's entries, newest first, a page at a time (API.md "Lists"). */
public final class ShowLedger {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    private static final String PREFIX = "seq:";

    /** @param cursor null for the first page */
    public record Query(int limit, String cursor) {
        public Query {
            new Validation()
                    .require(limit >= 1 && limit <= MAX_LIMIT, "limit", "must be 1 to " + MAX_LIMIT)
                    .require(cursor == null || decode(cursor) != null, "cursor", "is not a cursor this server issued")
                    .orThrow();
        }
    }

    private final Ledger ledger;

    public ShowLedger(Ledger ledger) {
        this.ledger = ledger;
    }

    public LedgerPage page(UUID userId, Query query) {
        int limit = query.limit();
        Long before = query.cursor() == null ? null : decode(query.cursor());
        // One row more than asked tells whether another page exists without a count query.
        var rows = ledger.entries(userId, before, limit + 1);
        var page = rows.size() > limit ? rows.subList(0, limit) : rows;
        String next = rows.size() > limit ? encode(page.get(page.size() - 1).sequence()) : null;
        return new LedgerPage(page, next);
    }

    private static String encode(long sequence) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + sequence).getBytes(StandardCharsets.UTF_8));
    }

    private static Long decode(String cursor) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            return plain.startsWith(PREFIX) ? Long.valueOf(plain.substring(PREFIX.length())) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
