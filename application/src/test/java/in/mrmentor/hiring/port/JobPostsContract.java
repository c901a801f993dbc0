package in.mrmentor.hiring.port;

import static org.assertj.core.api.Assertions.assertThat;

import in.mrmentor.hiring.HiringTestData;
import in.mrmentor.hiring.JobPost;
import in.mrmentor.hiring.JobPostStatus;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.Platform;
import in.mrmentor.shared.TimeKey;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link JobPosts} adapter shares. */
public abstract class JobPostsContract {

    protected abstract JobPosts newPosts();

    /** A user id the store accepts as an owner. */
    protected abstract UUID aRecruiter();

    @Test
    void storesFindsAndReplacesAPost() {
        var posts = newPosts();
        var post = HiringTestData.post(aRecruiter(), JobPostStatus.DRAFT, HiringTestData.NOW);
        posts.add(post);
        assertThat(posts.find(post.id())).contains(post);
        var active = post.moveTo(JobPostStatus.ACTIVE, HiringTestData.NOW.plusSeconds(5));
        posts.replace(active);
        assertThat(posts.lock(post.id())).contains(active);
        assertThat(posts.find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void thePublicListHoldsActivePostsOfTheTenantNewestFirstAndFiltered() {
        var posts = newPosts();
        UUID owner = aRecruiter();
        var older = HiringTestData.post(owner, JobPostStatus.ACTIVE, HiringTestData.NOW);
        var newer = HiringTestData.post(owner, JobPostStatus.ACTIVE, HiringTestData.NOW.plusSeconds(60));
        var draft = HiringTestData.post(owner, JobPostStatus.DRAFT, HiringTestData.NOW.plusSeconds(90));
        var otherTenant = new JobPost(UUID.randomUUID(), Platform.MY_ANALYTICS_SCHOOL, owner, HiringTestData.details(),
                JobPostStatus.ACTIVE, HiringTestData.NOW, HiringTestData.NOW);
        posts.add(older);
        posts.add(newer);
        posts.add(draft);
        posts.add(otherTenant);
        assertThat(posts.listActive(Platform.MR_MENTOR, null, null, null, PageRequest.first(10)))
                .containsExactly(newer, older);
        var first = posts.listActive(Platform.MR_MENTOR, null, null, null, PageRequest.first(1));
        assertThat(first).containsExactly(newer, older);
        assertThat(posts.listActive(Platform.MR_MENTOR, null, null, null,
                new PageRequest<>(new TimeKey(newer.createdAt(), newer.id()), 1))).containsExactly(older);
        assertThat(posts.listActive(Platform.MR_MENTOR, "JAVA", "Docker", "bengal", PageRequest.first(10))).hasSize(2);
        assertThat(posts.listActive(Platform.MR_MENTOR, null, "cobol", null, PageRequest.first(10))).isEmpty();
        assertThat(posts.listActive(Platform.MR_MENTOR, null, null, "Mumbai", PageRequest.first(10))).isEmpty();
    }

    @Test
    void ownedPostsAreTheOwnersOrEveryonesForNull() {
        var posts = newPosts();
        UUID one = aRecruiter();
        UUID two = aRecruiter();
        var mine = HiringTestData.post(one, JobPostStatus.DRAFT, HiringTestData.NOW);
        var theirs = HiringTestData.post(two, JobPostStatus.ACTIVE, HiringTestData.NOW.plusSeconds(1));
        posts.add(mine);
        posts.add(theirs);
        assertThat(posts.listOwned(one, null, PageRequest.first(10))).containsExactly(mine);
        assertThat(posts.listOwned(null, null, PageRequest.first(10))).containsExactly(theirs, mine);
        assertThat(posts.listOwned(null, JobPostStatus.DRAFT, PageRequest.first(10))).containsExactly(mine);
    }
}
