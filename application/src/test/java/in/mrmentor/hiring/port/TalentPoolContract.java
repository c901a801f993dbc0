package in.mrmentor.hiring.port;

import static org.assertj.core.api.Assertions.assertThat;

import in.mrmentor.hiring.HiringTestData;
import in.mrmentor.hiring.TalentPoolEntry;
import in.mrmentor.hiring.TalentPoolMatch;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.Platform;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link TalentPool} adapter shares. */
public abstract class TalentPoolContract {

    protected abstract TalentPool newPool();

    /** A stored post of the tenant. */
    protected abstract UUID aPost(Platform platform);

    /** A stored application to {@code postId}. */
    protected abstract UUID anApplication(UUID postId);

    @Test
    void entriesAreListedPerTenantNewestFirstAndBySkill() {
        var pool = newPool();
        UUID post = aPost(Platform.MR_MENTOR);
        var older = new TalentPoolEntry(anApplication(post), post, Platform.MR_MENTOR, "Asha", List.of("java", "sql"), 40,
                HiringTestData.NOW);
        var newer = new TalentPoolEntry(anApplication(post), post, Platform.MR_MENTOR, "Ravi", List.of("excel"), 20,
                HiringTestData.NOW.plusSeconds(5));
        UUID otherPost = aPost(Platform.MY_ANALYTICS_SCHOOL);
        var otherTenant = new TalentPoolEntry(anApplication(otherPost), otherPost, Platform.MY_ANALYTICS_SCHOOL, "Meera",
                List.of("java"), 50, HiringTestData.NOW);
        pool.put(older);
        pool.put(newer);
        pool.put(otherTenant);
        assertThat(pool.list(Platform.MR_MENTOR, null, PageRequest.first(10))).containsExactly(newer, older);
        assertThat(pool.list(Platform.MR_MENTOR, "java", PageRequest.first(10))).containsExactly(older);
        assertThat(pool.withAnySkill(Platform.MR_MENTOR, List.of("sql", "go"))).containsExactly(older);
        var replaced = new TalentPoolEntry(older.applicationId(), post, Platform.MR_MENTOR, "Asha", List.of("go"), 45,
                HiringTestData.NOW.plusSeconds(9));
        pool.put(replaced);
        assertThat(pool.list(Platform.MR_MENTOR, null, PageRequest.first(10))).containsExactly(replaced, newer);
    }

    @Test
    void matchesAreReplacedAndComeBestFirst() {
        var pool = newPool();
        UUID post = aPost(Platform.MR_MENTOR);
        UUID job = aPost(Platform.MR_MENTOR);
        var a = new TalentPoolEntry(anApplication(post), post, Platform.MR_MENTOR, "Asha", List.of("java"), 40,
                HiringTestData.NOW);
        var b = new TalentPoolEntry(anApplication(post), post, Platform.MR_MENTOR, "Ravi", List.of("java", "sql"), 20,
                HiringTestData.NOW);
        pool.put(a);
        pool.put(b);
        pool.replaceMatches(job, List.of(new TalentPoolMatch(job, a, 50, HiringTestData.NOW),
                new TalentPoolMatch(job, b, 100, HiringTestData.NOW)));
        assertThat(pool.matches(job)).extracting(m -> m.entry().name(), TalentPoolMatch::score)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ravi", 100),
                        org.assertj.core.groups.Tuple.tuple("Asha", 50));
        pool.replaceMatches(job, List.of(new TalentPoolMatch(job, a, 50, HiringTestData.NOW)));
        assertThat(pool.matches(job)).hasSize(1);
    }
}
