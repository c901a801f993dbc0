package in.mrmentor.shared;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeysetTest {
    record Item(String name, UUID id) {
    }

    private static final Keyset<Item, TextKey> BY_NAME = Keyset.byText("items", item -> new TextKey(item.name(), item.id()));

    private static String cursorAfter(Item last) {
        var request = BY_NAME.request(null, 1);
        return BY_NAME.page(List.of(last, new Item("z", UUID.randomUUID())), request).nextCursor();
    }

    @Test
    void aCursorCarriesTheLastKeyOfItsPageEvenWithTheSeparatorInIt() {
        var last = new Item("a:1:b|c\n", UUID.randomUUID());

        assertThat(BY_NAME.request(cursorAfter(last), 10).after()).isEqualTo(new TextKey(last.name(), last.id()));
    }

    @Test
    void theLastPageHasNoCursor() {
        var page = BY_NAME.page(List.of(new Item("a", UUID.randomUUID())), BY_NAME.request(null, 1));

        assertThat(page.items()).hasSize(1);
        assertThat(page.nextCursor()).isNull();
    }

    @Test
    void aMalformedTamperedOrForeignCursorIsRefusedNamingTheCursor() {
        String good = cursorAfter(new Item("alpha", UUID.randomUUID()));
        byte[] raw = Base64.getUrlDecoder().decode(good);
        raw[3] ^= 1;
        String tampered = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        String foreign = Keyset.<Item>byTime("other", item -> new TimeKey(Instant.EPOCH, item.id()))
                .page(List.of(new Item("a", UUID.randomUUID()), new Item("b", UUID.randomUUID())),
                        PageRequest.first(1)).nextCursor();

        for (String cursor : List.of("not a cursor", "", "AAAA", tampered, good.substring(0, good.length() - 2), foreign)) {
            if (cursor.isEmpty()) {
                continue;
            }
            assertThatThrownBy(() -> BY_NAME.request(cursor, 10)).as(cursor)
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.code()).isEqualTo(Validation.CODE);
                        assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("cursor");
                    });
        }
    }

    @Test
    void idsOrderAsPostgresOrdersUuids() {
        var low = UUID.fromString("00000000-0000-4000-8000-000000000001");
        var high = UUID.fromString("f0000000-0000-4000-8000-000000000001");

        assertThat(Keyset.ID_ORDER.compare(low, high)).isNegative();
    }
}
