package in.mrmentor.http;

import java.util.List;

/**
 * The JSON of every list answer (API.md "Lists"): {@code {items, nextCursor}}, the cursor null on the last page.
 */
public record ListPage<T>(List<T> items, String nextCursor) {

    /** A list served in one page: routes whose use case takes only a limit. */
    public static <T> ListPage<T> of(List<T> items) {
        return new ListPage<>(items, null);
    }
}
