package in.mrmentor.http;

import java.util.Comparator;

import io.javalin.http.Context;

import in.mrmentor.shared.PageRequest;

import in.mrmentor.shared.Keyset;

import in.mrmentor.shared.Page;

import java.util.List;
import java.util.function.Function;

/**
 * The JSON of every list answer (API.md "Lists"): {@code {items, nextCursor}}, the cursor null on the last page.
 */
public record ListPage<T>(@Required List<T> items, String nextCursor) {

    /**
     * A page of a list a use case answers whole because it is one caller's and short (their own
     * applications, a team's targets), paged here by {@code keyset} in {@code order}, so every list
     * answer has the same shape and a longer list still pages.
     */
    public static <S, K, T> ListPage<T> ofAll(Context ctx, List<S> all, Keyset<S, K> keyset, Comparator<K> order,
                                              Function<S, T> toJson) {
        PageRequest<K> request = keyset.request(Input.cursor(ctx), Input.limit(ctx));
        return of(keyset.page(request.take(all, keyset::keyOf, order), request), toJson);
    }

    /** A use case's page, each item turned into its JSON. */
    public static <S, T> ListPage<T> of(Page<S> page, Function<S, T> toJson) {
        return new ListPage<>(page.items().stream().map(toJson).toList(), page.nextCursor());
    }
}
