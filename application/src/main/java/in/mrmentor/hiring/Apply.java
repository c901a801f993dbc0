package in.mrmentor.hiring;

import in.mrmentor.hiring.port.Applications;
import in.mrmentor.hiring.port.ApplyCounter;
import in.mrmentor.hiring.port.HiringSwitches;
import in.mrmentor.hiring.port.JobPosts;
import in.mrmentor.hiring.port.PhoneNumbers;
import in.mrmentor.hiring.port.ResumeStore;
import in.mrmentor.hiring.port.ScreeningQueue;
import in.mrmentor.shared.Platform;
import in.mrmentor.shared.RateLimit;
import in.mrmentor.shared.RateLimitedException;
import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;

/**
 * A candidate applies to an active post with a resume (journey 4). Checked in this order, so a
 * refused application stores nothing: the client's quota, the fields, the post being open, the
 * resume's size and type (by its bytes), and the candidate not having applied already (same
 * normalised email or E.164 phone). Then the resume is stored under {@code resumes/}, the
 * application is written as {@code resume_received}, and, when auto-screen is on, its screening is
 * queued.
 */
public final class Apply {
    private static final String COUNTER_PREFIX = "hire-apply:";

    private final JobPosts posts;
    private final Applications applications;
    private final ResumeStore resumes;
    private final PhoneNumbers phones;
    private final HiringSwitches switches;
    private final ScreeningQueue queue;
    private final ApplyCounter counter;
    private final RateLimit limit;
    private final long maxResumeBytes;
    private final Transactions tx;
    private final Clock clock;
    private final Ids ids;

    public Apply(JobPosts posts, Applications applications, ResumeStore resumes, PhoneNumbers phones,
                 HiringSwitches switches, ScreeningQueue queue, ApplyCounter counter, RateLimit limit,
                 long maxResumeBytes, Transactions tx, Clock clock, Ids ids) {
        this.posts = posts;
        this.applications = applications;
        this.resumes = resumes;
        this.phones = phones;
        this.switches = switches;
        this.queue = queue;
        this.counter = counter;
        this.limit = Objects.requireNonNull(limit, "limit");
        this.maxResumeBytes = maxResumeBytes;
        this.tx = tx;
        this.clock = clock;
        this.ids = ids;
    }

    /**
     * @param resume the file's bytes, null when none was sent
     * @param platform the tenant the candidate applies through ({@code x-platform})
     */
    public record Command(String name, String email, String phone, String coverNote, byte[] resume,
                          String clientAddress, Platform platform) {
        public Command {
            Objects.requireNonNull(platform, "platform");
        }
    }

    public JobApplication apply(UUID postId, Command command) {
        var now = clock.instant();
        var quota = limit.quota(counter.countOne(COUNTER_PREFIX + command.clientAddress(), limit.windowStart(now)), now);
        if (!quota.admitted()) {
            throw new RateLimitedException(quota);
        }
        String email = CandidateEmail.normalise(command.email());
        var validation = new Validation()
                .requireText(command.name(), "name", 200)
                .require(command.email() != null && !command.email().isBlank(), "email", "is required")
                .optionalText(command.coverNote(), "coverNote", 5_000)
                .require(command.resume() != null, "resume", "is required (a PDF or plain-text file)");
        if (command.email() != null && !command.email().isBlank()) {
            validation.require(email != null, "email", "must be an email address");
        }
        PhoneNumber phone = null;
        if (command.phone() == null || command.phone().isBlank()) {
            validation.require(false, "phone", "is required");
        } else if (command.phone().length() > 40) {
            validation.require(false, "phone", "must be at most 40 characters");
        } else {
            phone = phones.normalise(command.phone()).orElse(null);
            validation.require(phone != null, "phone", "is not a valid phone number");
        }
        validation.orThrow();
        // A post of another tenant is invisible here (ShowJob answers 404), so it takes no application either.
        var post = posts.find(postId).filter(found -> found.platform() == command.platform())
                .orElseThrow(HiringErrors::jobPostNotFound);
        if (!post.takesApplications()) {
            throw HiringErrors.jobNotOpen();
        }
        if (command.resume().length > maxResumeBytes) {
            throw HiringErrors.resumeTooLarge(maxResumeBytes);
        }
        String type = ResumeFormat.detect(command.resume()).orElseThrow(HiringErrors::unsupportedResume);
        var existing = applications.findDuplicate(postId, email, phone);
        if (existing.isPresent()) {
            throw new DuplicateApplicationException(existing.get());
        }
        UUID id = ids.next();
        String key = "resumes/" + postId + "/" + id + (ResumeFormat.PDF.equals(type) ? ".pdf" : ".txt");
        var application = new JobApplication(id, postId, post.platform(), command.name().trim(), email, phone,
                blankToNull(command.coverNote()), new JobApplication.ResumeFile(key, type, command.resume().length),
                CandidateStatus.RESUME_RECEIVED, null, null, now, now);
        resumes.put(key, command.resume(), type);
        try {
            var duplicate = tx.inTransaction(() -> applications.addUnlessDuplicate(application,
                    new HistoryEntry(null, CandidateStatus.RESUME_RECEIVED, now, HistoryEntry.SYSTEM, "applied")));
            if (duplicate.isPresent()) {
                throw new DuplicateApplicationException(duplicate.get());
            }
        } catch (RuntimeException e) {
            resumes.delete(key);
            throw e;
        }
        boolean autoScreen = post.details().autoScreen() != null ? post.details().autoScreen()
                : switches.autoScreenOnApply();
        if (autoScreen) {
            queue.enqueue(id);
        }
        return application;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
