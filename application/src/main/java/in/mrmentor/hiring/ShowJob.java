package in.mrmentor.hiring;

import in.mrmentor.hiring.port.JobPosts;
import in.mrmentor.shared.Platform;
import java.util.UUID;

/** One post: public while active in the caller's tenant; its owner and admins see it in any state. */
public final class ShowJob {
    private final JobPosts posts;

    public ShowJob(JobPosts posts) {
        this.posts = posts;
    }

    /** @param recruiter null for an anonymous caller or one who manages no posts */
    public JobPost show(Recruiter recruiter, Platform platform, UUID postId) {
        var post = posts.find(postId).orElseThrow(HiringErrors::jobPostNotFound);
        if (RecordAccess.mayManage(recruiter, post.ownerId())
                || (post.takesApplications() && post.platform() == platform)) {
            return post;
        }
        throw HiringErrors.jobPostNotFound();
    }
}
