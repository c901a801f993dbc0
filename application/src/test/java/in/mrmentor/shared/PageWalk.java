package in.mrmentor.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client paging through a list while the list grows: it asks for the first page, then follows
 * {@code nextCursor} until it is null, and something adds an item before every request. What it
 * saw must hold every item that was there when it started, each exactly once.
 */
public final class PageWalk<T> {
    private final Function<String, Page<T>> pageAfter;
    private final Runnable addOneMore;

    private PageWalk(Function<String, Page<T>> pageAfter, Runnable addOneMore) {
        this.pageAfter = pageAfter;
        this.addOneMore = addOneMore;
    }

    /** @param pageAfter the use case asked for the page after a cursor (null: the first page) */
    public static <T> PageWalk<T> of(Function<String, Page<T>> pageAfter, Runnable addOneMore) {
        return new PageWalk<>(pageAfter, addOneMore);
    }

    /** Walks every page; fails on a repeated item or on a walk that never ends. */
    public <K> List<K> seenAs(Function<T, K> identity) {
        List<K> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            addOneMore.run();
            Page<T> page = pageAfter.apply(cursor);
            page.items().stream().map(identity).forEach(seen::add);
            cursor = page.nextCursor();
            assertThat(++pages).as("pages walked").isLessThan(1_000);
        } while (cursor != null);
        assertThat(seen).as("every item at most once").doesNotHaveDuplicates();
        return seen;
    }
}
