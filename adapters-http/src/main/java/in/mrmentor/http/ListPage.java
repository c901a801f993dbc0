package in.mrmentor.http;

import in.mrmentor.shared.Page;

import java.util.List;
import java.util.function.Function;

/**
 * The JSON of every list answer (API.md "Lists"): {@code {items, nextCursor}}, the cursor null on the last page.
 */
public record ListPage<T>(@Required List<T> items, String nextCursor) {

    /** A use case's page, each item turned into its JSON. */
    public static <S, T> ListPage<T> of(Page<S> page, Function<S, T> toJson) {
        return new ListPage<>(page.items().stream().map(toJson).toList(), page.nextCursor());
    }
}
