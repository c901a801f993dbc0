package in.mrmentor.hiring;

import in.mrmentor.hiring.port.Applications;
import in.mrmentor.hiring.port.JobPosts;
import in.mrmentor.hiring.port.ResumeStore;
import java.util.UUID;

/** The stored resume file, for the post's owner and admins only. */
public final class ReadResume {
    private final JobPosts posts;
    private final Applications applications;
    private final ResumeStore resumes;

    public ReadResume(JobPosts posts, Applications applications, ResumeStore resumes) {
        this.posts = posts;
        this.applications = applications;
        this.resumes = resumes;
    }

    public record File(byte[] content, String contentType) {
    }

    public File read(Recruiter recruiter, UUID applicationId) {
        var application = Owned.application(recruiter, applications, posts, applicationId, false);
        byte[] content = resumes.read(application.resume().key()).orElseThrow(HiringErrors::applicationNotFound);
        return new File(content, application.resume().contentType());
    }
}
