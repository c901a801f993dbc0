package in.mrmentor.hiring;

import java.util.UUID;

/**
 * The one rule for whose records a recruiter may touch: the owner of a post manages it and its
 * applications, an administrator manages all. Anyone else is told it does not exist (404), so a
 * recruiter cannot even learn which ids another recruiter's candidates have.
 */
public final class RecordAccess {

    private RecordAccess() {
    }

    public static boolean mayManage(Recruiter caller, UUID ownerId) {
        return caller != null && (caller.admin() || caller.id().equals(ownerId));
    }

    /** The post, when the caller may manage it; otherwise {@code JOB_POST_NOT_FOUND}. */
    public static JobPost requirePost(Recruiter caller, JobPost post) {
        if (post == null || !mayManage(caller, post.ownerId())) {
            throw HiringErrors.jobPostNotFound();
        }
        return post;
    }

    /** Passes when the caller may manage the application's post; otherwise {@code APPLICATION_NOT_FOUND}. */
    public static void requireApplication(Recruiter caller, JobPost postOfApplication) {
        if (postOfApplication == null || !mayManage(caller, postOfApplication.ownerId())) {
            throw HiringErrors.applicationNotFound();
        }
    }
}
