package in.mrmentor.hiring;

import in.mrmentor.hiring.port.Applications;
import in.mrmentor.hiring.port.JobPosts;
import java.util.UUID;

/** Loads records through {@link RecordAccess}: what the caller may not manage does not exist. */
final class Owned {

    private Owned() {
    }

    static JobApplication application(Recruiter recruiter, Applications applications, JobPosts posts, UUID id,
                                      boolean lock) {
        var application = (lock ? applications.lock(id) : applications.find(id))
                .orElseThrow(HiringErrors::applicationNotFound);
        RecordAccess.requireApplication(recruiter, posts.find(application.jobPostId()).orElse(null));
        return application;
    }

    static JobPost post(Recruiter recruiter, JobPosts posts, UUID id) {
        return RecordAccess.requirePost(recruiter, posts.find(id).orElse(null));
    }
}
