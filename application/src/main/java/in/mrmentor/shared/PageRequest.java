package in.mrmentor.shared;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * What a list port is asked for (API.md "Lists"): the items strictly after {@code after} in the
 * port's stable order, null for the first page. A port answers up to {@link #fetch()} items, one
 * more than the page holds, so that {@link Keyset#page} can tell whether another page exists
 * without a count query.
 *
 * @param <K> the sort key of the port's order, which always ends in the item's id so that no two
 *            items tie and a page boundary never drops or repeats an item
 */
public record PageRequest<K>(K after, int limit) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public PageRequest {
        new Validation()
                .require(limit >= 1 && limit <= MAX_LIMIT, "limit", "must be a whole number from 1 to " + MAX_LIMIT)
                .orThrow();
    }

    public static <K> PageRequest<K> first(int limit) {
        return new PageRequest<>(null, limit);
    }

    /** How many items a port answers at most. */
    public int fetch() {
        return limit + 1;
    }

    /**
     * The page read from items held in memory, in {@code order}: what every adapter's SQL
     * ({@code WHERE (k, id) > (:k, :id) ORDER BY k, id LIMIT :fetch}) does too.
     */
    public <T> List<T> take(Collection<T> items, Function<T, K> keyOf, Comparator<K> order) {
        return items.stream()
                .filter(item -> after == null || order.compare(keyOf.apply(item), after) > 0)
                .sorted(Comparator.comparing(keyOf, order))
                .limit(fetch())
                .toList();
    }
}
