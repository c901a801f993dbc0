package in.mrmentor.hiring;

import in.mrmentor.hiring.port.JobPosts;
import in.mrmentor.shared.Keyset;
import in.mrmentor.shared.Page;
import in.mrmentor.shared.Platform;
import in.mrmentor.shared.TimeKey;

/** The public board: a tenant's active posts, newest first, filtered by text, skill and location. */
public final class ListOpenJobs {
    static final Keyset<JobPost, TimeKey> ORDER = Keyset.byTime("hire-jobs",
            post -> new TimeKey(post.createdAt(), post.id()));

    private final JobPosts posts;

    public ListOpenJobs(JobPosts posts) {
        this.posts = posts;
    }

    public Page<JobPost> list(Platform platform, String text, String skill, String location, int limit, String cursor) {
        var request = ORDER.request(cursor, limit);
        return ORDER.page(posts.listActive(platform, blankToNull(text), blankToNull(skill), blankToNull(location),
                request), request);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
