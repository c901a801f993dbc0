package in.mrmentor.identity;

import in.mrmentor.identity.port.Users;
import in.mrmentor.shared.Keyset;
import in.mrmentor.shared.Page;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;

/** Administrators list accounts, optionally of one role, oldest first, a page at a time (API.md "Lists"). */
public final class ListUsers {
    public static final int DEFAULT_LIMIT = PageRequest.DEFAULT_LIMIT;
    public static final int MAX_LIMIT = PageRequest.MAX_LIMIT;

    private static final Keyset<User, TimeKey> OLDEST_FIRST =
            Keyset.byTime("users", user -> new TimeKey(user.createdAt(), user.id()));

    /** @param role null for every role; @param cursor null for the first page */
    public record Query(Role role, int limit, String cursor) {
        public Query {
            // A bad limit or cursor is refused as the query is made, before any use case runs.
            OLDEST_FIRST.request(cursor, limit);
        }

        PageRequest<TimeKey> page() {
            return OLDEST_FIRST.request(cursor, limit);
        }
    }

    private final Users users;

    public ListUsers(Users users) {
        this.users = users;
    }

    public Page<UserView> list(Query query) {
        var request = query.page();
        return OLDEST_FIRST.page(users.page(query.role(), request), request).map(UserView::of);
    }
}
