package in.mrmentor.shared;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A sort key for lists ordered by a text (a name, a config key), ties broken by id. */
public record TextKey(String text, UUID id) {
    /**
     * Java's string order here; PostgreSQL orders by the column's collation instead. Either is a
     * total order once the id breaks ties, which is all a keyset needs: a cursor is only ever read
     * back by the store that issued it.
     */
    public static final Comparator<TextKey> ASCENDING =
            Comparator.comparing(TextKey::text).thenComparing(TextKey::id, Keyset.ID_ORDER);

    public TextKey {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(id, "id");
    }

    static List<String> write(TextKey key) {
        return List.of(key.text, key.id.toString());
    }

    static TextKey read(List<String> parts) {
        return new TextKey(parts.get(0), Keyset.uuid(parts.get(1)));
    }
}
