package in.mrmentor.shared;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.zip.CRC32;

/**
 * How one list is paged (API.md "Lists"): the sort key of its items and the opaque cursor that
 * carries the last key of a page to the next request. A cursor is base64url of the list's name,
 * the key's parts and a checksum, so a cursor of another list, an edited or a truncated one is
 * refused as 400 {@code VALIDATION_FAILED} naming {@code cursor} instead of paging from a wrong place.
 */
public final class Keyset<T, K> {
    /** UUIDs compared as unsigned bytes, the order of PostgreSQL's {@code uuid} type. */
    public static final Comparator<UUID> ID_ORDER = Comparator
            .comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
            .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

    private static final char SEPARATOR = ':';

    private final String list;
    private final Function<T, K> keyOf;
    private final Function<K, List<String>> write;
    private final Function<List<String>, K> read;

    private Keyset(String list, Function<T, K> keyOf, Function<K, List<String>> write, Function<List<String>, K> read) {
        this.list = list;
        this.keyOf = keyOf;
        this.write = write;
        this.read = read;
    }

    /** A list ordered by a timestamp of its items, then their id. */
    public static <T> Keyset<T, TimeKey> byTime(String list, Function<T, TimeKey> keyOf) {
        return new Keyset<>(list, keyOf, TimeKey::write, TimeKey::read);
    }

    /** A list ordered by a text of its items, then their id. */
    public static <T> Keyset<T, TextKey> byText(String list, Function<T, TextKey> keyOf) {
        return new Keyset<>(list, keyOf, TextKey::write, TextKey::read);
    }

    /** A list ordered by a number of its items that no two share (a sequence). */
    public static <T> Keyset<T, Long> bySequence(String list, Function<T, Long> keyOf) {
        return new Keyset<>(list, keyOf, key -> List.of(key.toString()), parts -> Long.valueOf(parts.get(0)));
    }

    /** The key an item is ordered and paged by. */
    public K keyOf(T item) {
        return keyOf.apply(item);
    }

    /** The request for the page after {@code cursor} (null: the first page). */
    public PageRequest<K> request(String cursor, int limit) {
        PageRequest<K> first = PageRequest.first(limit);
        return cursor == null || cursor.isEmpty() ? first : new PageRequest<>(decode(cursor), limit);
    }

    /** The page out of what a port answered for {@code request} (up to {@link PageRequest#fetch()} items). */
    public Page<T> page(List<T> fetched, PageRequest<K> request) {
        if (fetched.size() <= request.limit()) {
            return new Page<>(fetched, null);
        }
        List<T> items = fetched.subList(0, request.limit());
        return new Page<>(items, encode(keyOf.apply(items.get(items.size() - 1))));
    }

    String encode(K key) {
        List<String> parts = new ArrayList<>();
        parts.add(list);
        parts.addAll(write.apply(key));
        StringBuilder plain = new StringBuilder();
        // Length-prefixed parts: a name or a config key may hold any character, the separator too.
        for (String part : parts) {
            plain.append(part.length()).append(SEPARATOR).append(part);
        }
        byte[] body = plain.toString().getBytes(StandardCharsets.UTF_8);
        byte[] signed = ByteBuffer.allocate(body.length + Integer.BYTES).put(body).putInt(checksum(body)).array();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
    }

    K decode(String cursor) {
        try {
            byte[] signed = Base64.getUrlDecoder().decode(cursor);
            ByteBuffer buffer = ByteBuffer.wrap(signed);
            byte[] body = new byte[signed.length - Integer.BYTES];
            buffer.get(body);
            if (buffer.getInt() != checksum(body)) {
                throw refused();
            }
            List<String> parts = split(new String(body, StandardCharsets.UTF_8));
            if (parts.isEmpty() || !parts.get(0).equals(list)) {
                throw refused();
            }
            K key = read.apply(parts.subList(1, parts.size()));
            if (!write.apply(key).equals(parts.subList(1, parts.size()))) {
                throw refused();
            }
            return key;
        } catch (DomainException e) {
            throw e;
        } catch (RuntimeException e) {
            throw refused();
        }
    }

    static UUID uuid(String text) {
        UUID id = UUID.fromString(text);
        if (!id.toString().equals(text)) {
            throw new IllegalArgumentException("not a canonical UUID");
        }
        return id;
    }

    private static List<String> split(String plain) {
        List<String> parts = new ArrayList<>();
        int at = 0;
        while (at < plain.length()) {
            int colon = plain.indexOf(SEPARATOR, at);
            int length = Integer.parseInt(plain.substring(at, colon));
            parts.add(plain.substring(colon + 1, colon + 1 + length));
            at = colon + 1 + length;
        }
        return parts;
    }

    private static int checksum(byte[] body) {
        CRC32 crc = new CRC32();
        crc.update(body);
        return (int) crc.getValue();
    }

    private static DomainException refused() {
        return Validation.invalid("cursor", "is not a cursor of this list; start again without one");
    }
}
