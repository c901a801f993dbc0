package in.mrmentor.identity;

import in.mrmentor.identity.port.Users;
import in.mrmentor.shared.Validation;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/** Administrators list accounts, optionally of one role, oldest first, a page at a time (API.md "Lists"). */
public final class ListUsers {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    /** @param role null for every role; @param cursor null for the first page */
    public record Query(Role role, int limit, String cursor) {
        public Query {
            new Validation()
                    .require(limit >= 1 && limit <= MAX_LIMIT, "limit", "must be 1 to " + MAX_LIMIT)
                    .require(cursor == null || decode(cursor) != null, "cursor", "is not a cursor this server issued")
                    .orThrow();
        }
    }

    private final Users users;

    public ListUsers(Users users) {
        this.users = users;
    }

    public UserPage list(Query query) {
        int limit = query.limit();
        var after = query.cursor() == null ? null : decode(query.cursor());
        // One row more than asked tells whether another page exists without a count query.
        var rows = users.page(query.role(), after, limit + 1);
        var page = rows.size() > limit ? rows.subList(0, limit) : rows;
        String next = rows.size() > limit ? encode(page.get(page.size() - 1)) : null;
        return new UserPage(page.stream().map(UserView::of).toList(), next);
    }

    private static String encode(User last) {
        String plain = last.createdAt() + "|" + last.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    private static Users.Position decode(String cursor) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            int bar = plain.indexOf('|');
            return new Users.Position(Instant.parse(plain.substring(0, bar)), UUID.fromString(plain.substring(bar + 1)));
        } catch (RuntimeException e) {
            return null;
        }
    }
}
