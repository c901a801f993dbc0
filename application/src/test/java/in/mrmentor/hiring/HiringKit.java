package in.mrmentor.hiring;

import in.mrmentor.hiring.port.HiringSwitches;
import in.mrmentor.hiring.port.InterviewEvents;
import in.mrmentor.hiring.port.PhoneNumbers;
import in.mrmentor.hiring.port.QuizLinks;
import in.mrmentor.hiring.port.ResumeAnalyzer;
import in.mrmentor.hiring.port.ResumeStore;
import in.mrmentor.hiring.port.ResumeText;
import in.mrmentor.hiring.port.ScreeningQueue;
import in.mrmentor.hiring.port.memory.InMemoryApplications;
import in.mrmentor.hiring.port.memory.InMemoryCostLedger;
import in.mrmentor.hiring.port.memory.InMemoryInterviews;
import in.mrmentor.hiring.port.memory.InMemoryJobPosts;
import in.mrmentor.hiring.port.memory.InMemoryQuizzes;
import in.mrmentor.hiring.port.memory.InMemoryTalentPool;
import in.mrmentor.mail.OutgoingEmail;
import in.mrmentor.shared.Platform;
import in.mrmentor.shared.RateLimit;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.memory.InMemoryTransactions;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The hiring use cases wired over in-memory adapters and simple fakes of the outside ports. */
final class HiringKit {
    final InMemoryTransactions tx = new InMemoryTransactions();
    final InMemoryJobPosts posts = tx.enlist(new InMemoryJobPosts());
    final InMemoryApplications applications = tx.enlist(new InMemoryApplications());
    final InMemoryTalentPool pool = tx.enlist(new InMemoryTalentPool());
    final InMemoryQuizzes quizzes = tx.enlist(new InMemoryQuizzes());
    final InMemoryInterviews interviews = tx.enlist(new InMemoryInterviews());
    final InMemoryCostLedger costs = new InMemoryCostLedger();
    final Map<String, byte[]> blobs = new ConcurrentHashMap<>();
    final List<UUID> queued = new ArrayList<>();
    final List<OutgoingEmail> mails = new ArrayList<>();
    final AtomicBoolean autoScreen = new AtomicBoolean(false);
    final AtomicBoolean analyzerFails = new AtomicBoolean(false);
    final AtomicLong counted = new AtomicLong();
    Instant now = HiringTestData.NOW;
    final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    final Ids ids = Ids.random();

    final ResumeStore resumes = new ResumeStore() {
        @Override
        public void put(String key, byte[] content, String contentType) {
            blobs.put(key, content);
        }

        @Override
        public Optional<byte[]> read(String key) {
            return Optional.ofNullable(blobs.get(key));
        }

        @Override
        public void delete(String key) {
            blobs.remove(key);
        }
    };
    final PhoneNumbers phones = raw -> {
        String digits = raw.replaceAll("[^0-9+]", "");
        if (digits.startsWith("+")) {
            return digits.length() >= 8 ? Optional.of(new PhoneNumber(digits)) : Optional.empty();
        }
        digits = digits.replaceFirst("^0", "");
        return digits.length() == 10 ? Optional.of(new PhoneNumber("+91" + digits)) : Optional.empty();
    };
    final ResumeText text = (content, type) -> new String(content, StandardCharsets.UTF_8);
    final ResumeAnalyzer analyzer = (resume, job) -> {
        if (analyzerFails.get()) {
            throw new ResumeAnalyzer.AnalysisFailedException("the analyzer timed out");
        }
        String lower = resume.toLowerCase();
        Matcher years = Pattern.compile("(\\d+) years").matcher(lower);
        return new ResumeAnalyzer.Result(new ResumeAnalysis(job.skills().stream().filter(lower::contains).toList(),
                years.find() ? Integer.parseInt(years.group(1)) : 0, "summary", "fake"),
                Optional.of(new ResumeAnalyzer.Usage("fake", "m", 10, 5, 1)));
    };
    final ScreeningQueue queue = queued::add;
    final HiringSwitches switches = autoScreen::get;
    final QuizLinks links = new QuizLinks() {
        @Override
        public String issue(UUID invitationId, Instant expiresAt) {
            return invitationId + "." + expiresAt.getEpochSecond() + ".signed";
        }

        @Override
        public Optional<Claims> read(String token) {
            String[] parts = token.split("\\.");
            if (parts.length != 3 || !parts[2].equals("signed")) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Claims(UUID.fromString(parts[0]), Instant.ofEpochSecond(Long.parseLong(parts[1]))));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }

        @Override
        public String digest(String token) {
            return "d:" + token;
        }
    };
    /** Events as {@code eventId|applicationId|type|role|text|at}, signed by the word "ok". */
    final InterviewEvents events = (raw, signature) -> {
        if (!"ok".equals(signature)) {
            throw HiringErrors.invalidSignature();
        }
        String[] f = new String(raw, StandardCharsets.UTF_8).split("\\|", -1);
        return new InterviewEvents.Event(f[0], UUID.fromString(f[1]), f[2], f[3], f[4], Instant.parse(f[5]));
    };

    final PostJob postJob = new PostJob(posts, tx, clock, ids);
    final ChangeJobStatus changeJobStatus = new ChangeJobStatus(posts, pool, tx, clock);
    final EditJob editJob = new EditJob(posts, tx, clock);
    final ShowJob showJob = new ShowJob(posts);
    final ListOpenJobs listOpenJobs = new ListOpenJobs(posts);
    final Apply apply = new Apply(posts, applications, resumes, phones, switches, queue,
            (key, window) -> counted.incrementAndGet(), RateLimit.perMinute(1000), 1024 * 1024, tx, clock, ids);
    final ScreenApplication screen = new ScreenApplication(posts, applications, pool, resumes, text, analyzer, costs,
            tx, clock, ids);
    final MoveApplication move = new MoveApplication(posts, applications, pool, tx, clock);
    final ListApplications listApplications = new ListApplications(posts, applications);
    final ShowApplication showApplication = new ShowApplication(posts, applications, quizzes, interviews, costs);
    final RequestScreening requestScreening = new RequestScreening(posts, applications, queue);
    final CreateQuizTemplate createQuiz = new CreateQuizTemplate(quizzes, tx, clock, ids);
    final InviteToQuiz invite = new InviteToQuiz(posts, applications, quizzes, links, mails::add,
            "https://hire.example/quiz/", tx, clock, ids);
    final TakeQuiz takeQuiz = new TakeQuiz(quizzes, applications, links, tx, clock);
    final ReceiveInterviewEvent receiveEvent = new ReceiveInterviewEvent(events, interviews, applications, tx, clock);
    final ListMatches listMatches = new ListMatches(posts, pool);
    final BrowseTalentPool browsePool = new BrowseTalentPool(pool);
    final RescreenJob rescreen = new RescreenJob(posts, applications, queue);

    JobApplication applyWith(UUID postId, String email, String phone, String resume) {
        return apply.apply(postId, new Apply.Command("Candidate " + email, email, phone, null,
                resume.getBytes(StandardCharsets.UTF_8), "10.0.0.1", Platform.MR_MENTOR));
    }
}
