package in.mrmentor.persistence.hiring;

import in.mrmentor.hiring.HiringTestData;
import in.mrmentor.hiring.JobPost;
import in.mrmentor.hiring.JobPostStatus;
import in.mrmentor.persistence.token.TestUsers;
import in.mrmentor.shared.Platform;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

/** Rows the hiring tables' foreign keys point at. */
final class HiringRows {

    private HiringRows() {
    }

    static UUID post(Jdbi jdbi, Platform platform) {
        var post = new JobPost(UUID.randomUUID(), platform, TestUsers.insert(jdbi), HiringTestData.details(),
                JobPostStatus.ACTIVE, HiringTestData.NOW, HiringTestData.NOW);
        new JdbiJobPosts(jdbi).add(post);
        return post.id();
    }

    static UUID application(Jdbi jdbi, UUID postId) {
        String unique = UUID.randomUUID().toString().replace("-", "");
        var application = HiringTestData.application(postId, unique + "@example.com",
                "+91" + (9_000_000_000L + Math.floorMod(unique.hashCode(), 999_999_999)), HiringTestData.NOW);
        new JdbiApplications(jdbi).addUnlessDuplicate(application, HiringTestData.applied(HiringTestData.NOW));
        return application.id();
    }
}
