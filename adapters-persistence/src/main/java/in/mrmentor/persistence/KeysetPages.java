package in.mrmentor.persistence;

import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TextKey;
import in.mrmentor.shared.TimeKey;
import org.jdbi.v3.core.statement.Query;

import java.time.OffsetDateTime;
import java.util.UUID;

import static in.mrmentor.persistence.Timestamps.utc;

/**
 * The SQL of a keyset page ({@link PageRequest}), the same in every list: a row comparison on the
 * sort key and the id, which PostgreSQL compares in the {@code ORDER BY}'s own order, and
 * {@code LIMIT :fetch} (one row beyond the page). No offset, so rows added while a client pages
 * neither repeat nor hide the rows it has not seen yet.
 */
public final class KeysetPages {

    private KeysetPages() {
    }

    /** Rows after the cursor in {@code ORDER BY keyColumn, idColumn}. */
    public static String afterTime(String keyColumn, String idColumn) {
        return "(CAST(:afterKey AS timestamptz) IS NULL OR (" + keyColumn + ", " + idColumn + ") "
                + "> (CAST(:afterKey AS timestamptz), CAST(:afterId AS uuid)))";
    }

    /** Rows after the cursor in {@code ORDER BY keyColumn DESC, idColumn}: newest first, ties by ascending id. */
    public static String beforeTime(String keyColumn, String idColumn) {
        return "(CAST(:afterKey AS timestamptz) IS NULL OR " + keyColumn + " < CAST(:afterKey AS timestamptz) OR ("
                + keyColumn + " = CAST(:afterKey AS timestamptz) AND " + idColumn + " > CAST(:afterId AS uuid)))";
    }

    /** Rows after the cursor in {@code ORDER BY keyColumn, idColumn}. */
    public static String afterText(String keyColumn, String idColumn) {
        return "(CAST(:afterKey AS text) IS NULL OR (" + keyColumn + ", " + idColumn + ") "
                + "> (CAST(:afterKey AS text), CAST(:afterId AS uuid)))";
    }

    public static Query bindTime(Query query, PageRequest<TimeKey> page) {
        TimeKey after = page.after();
        return query.bindByType("afterKey", after == null ? null : utc(after.at()), OffsetDateTime.class)
                .bindByType("afterId", after == null ? null : after.id(), UUID.class)
                .bind("fetch", page.fetch());
    }

    public static Query bindText(Query query, PageRequest<TextKey> page) {
        TextKey after = page.after();
        return query.bindByType("afterKey", after == null ? null : after.text(), String.class)
                .bindByType("afterId", after == null ? null : after.id(), UUID.class)
                .bind("fetch", page.fetch());
    }
}
