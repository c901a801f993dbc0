package in.mrmentor.identity;

import java.util.List;

/** One page of users; {@code nextCursor} is null on the last page. */
public record UserPage(List<UserView> items, String nextCursor) {
    public UserPage {
        items = List.copyOf(items);
    }
}
