package in.mrmentor.hiring;

import in.mrmentor.hiring.port.TalentPool;
import in.mrmentor.shared.Keyset;
import in.mrmentor.shared.Page;
import in.mrmentor.shared.Platform;
import in.mrmentor.shared.TimeKey;
import java.util.Locale;

/** The tenant's talent pool, shared by its recruiters: skills and scores, newest first, never contact details. */
public final class BrowseTalentPool {
    private static final Keyset<TalentPoolEntry, TimeKey> ORDER = Keyset.byTime("hire-talent-pool",
            entry -> new TimeKey(entry.pooledAt(), entry.applicationId()));

    private final TalentPool pool;

    public BrowseTalentPool(TalentPool pool) {
        this.pool = pool;
    }

    public Page<TalentPoolEntry> list(Platform platform, String skill, int limit, String cursor) {
        var request = ORDER.request(cursor, limit);
        String wanted = skill == null || skill.isBlank() ? null : skill.trim().toLowerCase(Locale.ROOT);
        return ORDER.page(pool.list(platform, wanted, request), request);
    }
}
