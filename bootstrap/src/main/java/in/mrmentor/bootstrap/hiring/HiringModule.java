package in.mrmentor.bootstrap.hiring;

import in.mrmentor.bootstrap.ContextModule;
import in.mrmentor.bootstrap.Platform;
import in.mrmentor.bootstrap.settings.EnvVar;
import in.mrmentor.bootstrap.settings.Secret;
import in.mrmentor.bootstrap.settings.SettingsException;
import in.mrmentor.external.hiring.BlobResumeStore;
import in.mrmentor.external.hiring.CsvBenchmarkRows;
import in.mrmentor.external.hiring.HmacQuizLinks;
import in.mrmentor.external.hiring.LibPhoneNumbers;
import in.mrmentor.external.hiring.LocalResumeAnalyzer;
import in.mrmentor.external.hiring.OpenAiCompatibleAnalyzer;
import in.mrmentor.external.hiring.PdfResumeText;
import in.mrmentor.external.hiring.SignedInterviewEvents;
import in.mrmentor.hiring.Apply;
import in.mrmentor.hiring.BrowseTalentPool;
import in.mrmentor.hiring.ChangeJobStatus;
import in.mrmentor.hiring.CreateQuizTemplate;
import in.mrmentor.hiring.EditJob;
import in.mrmentor.hiring.FindSalaryBenchmark;
import in.mrmentor.hiring.ImportSalaryBenchmarks;
import in.mrmentor.hiring.InviteToQuiz;
import in.mrmentor.hiring.ListApplications;
import in.mrmentor.hiring.ListMatches;
import in.mrmentor.hiring.ListMyJobs;
import in.mrmentor.hiring.ListOpenJobs;
import in.mrmentor.hiring.ListQuizTemplates;
import in.mrmentor.hiring.MoveApplication;
import in.mrmentor.hiring.PostJob;
import in.mrmentor.hiring.ReadResume;
import in.mrmentor.hiring.ReceiveInterviewEvent;
import in.mrmentor.hiring.RequestScreening;
import in.mrmentor.hiring.RescreenJob;
import in.mrmentor.hiring.ScreenApplication;
import in.mrmentor.hiring.ShowApplication;
import in.mrmentor.hiring.ShowJob;
import in.mrmentor.hiring.TakeQuiz;
import in.mrmentor.hiring.port.ResumeAnalyzer;
import in.mrmentor.http.ClientAddresses;
import in.mrmentor.http.RouteGroup;
import in.mrmentor.http.hiring.ApplicationRoutes;
import in.mrmentor.http.hiring.JobPostRoutes;
import in.mrmentor.http.hiring.QuizRoutes;
import in.mrmentor.http.hiring.TalentPoolRoutes;
import in.mrmentor.jobs.HandlerOptions;
import in.mrmentor.jobs.JobType;
import in.mrmentor.jobs.port.JobWorkers;
import in.mrmentor.messaging.hiring.JobQueueScreeningQueue;
import in.mrmentor.messaging.hiring.ResumeAnalysisJobHandler;
import in.mrmentor.persistence.hiring.JdbiApplications;
import in.mrmentor.persistence.hiring.JdbiApplyCounter;
import in.mrmentor.persistence.hiring.JdbiCostLedger;
import in.mrmentor.persistence.hiring.JdbiHiringSwitches;
import in.mrmentor.persistence.hiring.JdbiInterviews;
import in.mrmentor.persistence.hiring.JdbiJobPosts;
import in.mrmentor.persistence.hiring.JdbiQuizzes;
import in.mrmentor.persistence.hiring.JdbiSalaryBenchmarks;
import in.mrmentor.persistence.hiring.JdbiTalentPool;
import in.mrmentor.shared.RateLimit;
import java.io.Reader;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mr. Hire over PostgreSQL: posts, applications, the {@code resumeAnalysis} job ({@code HIRE_SCREENING_CONCURRENCY}
 * workers, three attempts, then dead with its error), quizzes by signed link, interview events, the pool and benchmarks.
 * The LLM analyzer when a key is configured, the local analyzer otherwise.
 */
public final class HiringModule implements ContextModule {
    private static final Logger LOG = LoggerFactory.getLogger(HiringModule.class);
    /** Attempts of a screening before its job is dead. */
    public static final int SCREENING_ATTEMPTS = 3;

    public final PostJob postJob;
    public final EditJob editJob;
    public final ChangeJobStatus changeJobStatus;
    public final ShowJob showJob;
    public final ListOpenJobs listOpenJobs;
    public final ListMyJobs listMyJobs;
    public final Apply apply;
    public final ListApplications listApplications;
    public final ShowApplication showApplication;
    public final ReadResume readResume;
    public final MoveApplication moveApplication;
    public final RequestScreening requestScreening;
    public final ScreenApplication screenApplication;
    public final RescreenJob rescreenJob;
    public final CreateQuizTemplate createQuizTemplate;
    public final ListQuizTemplates listQuizTemplates;
    public final InviteToQuiz inviteToQuiz;
    public final TakeQuiz takeQuiz;
    public final ReceiveInterviewEvent receiveInterviewEvent;
    public final BrowseTalentPool browseTalentPool;
    public final ListMatches listMatches;
    public final FindSalaryBenchmark findSalaryBenchmark;
    public final ImportSalaryBenchmarks importSalaryBenchmarks;
    private final ClientAddresses clientAddresses;
    private final long maxResumeBytes;
    private final HandlerOptions screening;

    public HiringModule(Platform platform) {
        var settings = platform.settings().hiring();
        var jdbi = platform.jdbi();
        var tx = platform.transactions();
        var clock = platform.clock();
        var ids = platform.ids();
        var posts = new JdbiJobPosts(jdbi);
        var applications = new JdbiApplications(jdbi);
        var pool = new JdbiTalentPool(jdbi);
        var quizzes = new JdbiQuizzes(jdbi);
        var interviews = new JdbiInterviews(jdbi);
        var costs = new JdbiCostLedger(jdbi);
        var benchmarks = new JdbiSalaryBenchmarks(jdbi);
        var resumes = new BlobResumeStore(platform.blobStore());
        var queue = new JobQueueScreeningQueue(platform.jobQueue());
        ResumeAnalyzer analyzer = settings.llm().<ResumeAnalyzer>map(OpenAiCompatibleAnalyzer::new)
                .orElseGet(() -> new LocalResumeAnalyzer(clock));
        if (platform.settings().production() && settings.quizTokenSecret().isEmpty() && quizzes.anyTemplate()) {
            throw new SettingsException(List.of(EnvVar.QUIZ_TOKEN_SECRET.name()
                    + " must be set: quiz templates exist and their links are signed with it"));
        }

        postJob = new PostJob(posts, tx, clock, ids);
        editJob = new EditJob(posts, tx, clock);
        changeJobStatus = new ChangeJobStatus(posts, pool, tx, clock);
        showJob = new ShowJob(posts);
        listOpenJobs = new ListOpenJobs(posts);
        listMyJobs = new ListMyJobs(posts);
        maxResumeBytes = settings.maxResumeBytes();
        screening = HandlerOptions.of(settings.screeningConcurrency(), SCREENING_ATTEMPTS);
        apply = new Apply(posts, applications, resumes, new LibPhoneNumbers(), new JdbiHiringSwitches(jdbi), queue,
                new JdbiApplyCounter(jdbi), RateLimit.perMinute(settings.applyRatePerMinute()), maxResumeBytes, tx,
                clock, ids);
        listApplications = new ListApplications(posts, applications);
        showApplication = new ShowApplication(posts, applications, quizzes, interviews, costs);
        readResume = new ReadResume(posts, applications, resumes);
        moveApplication = new MoveApplication(posts, applications, pool, tx, clock);
        requestScreening = new RequestScreening(posts, applications, queue);
        screenApplication = new ScreenApplication(posts, applications, pool, resumes, new PdfResumeText(), analyzer,
                costs, tx, clock, ids);
        rescreenJob = new RescreenJob(posts, applications, queue);
        createQuizTemplate = new CreateQuizTemplate(quizzes, tx, clock, ids);
        listQuizTemplates = new ListQuizTemplates(quizzes);
        var links = new HmacQuizLinks(settings.quizTokenSecret().map(Secret::value));
        inviteToQuiz = new InviteToQuiz(posts, applications, quizzes, links, platform.mailer(), settings.quizLinkBase(),
                tx, clock, ids);
        takeQuiz = new TakeQuiz(quizzes, applications, links, tx, clock);
        receiveInterviewEvent = new ReceiveInterviewEvent(
                new SignedInterviewEvents(settings.webhookSecret().map(Secret::value)), interviews, applications, tx, clock);
        browseTalentPool = new BrowseTalentPool(pool);
        listMatches = new ListMatches(posts, pool);
        findSalaryBenchmark = new FindSalaryBenchmark(benchmarks);
        importSalaryBenchmarks = new ImportSalaryBenchmarks(benchmarks, tx);
        clientAddresses = new ClientAddresses(platform.settings().identity().trustedProxies());
        LOG.debug("Resume analysis by {}", settings.llm().isPresent() ? "the configured LLM" : "the local analyzer");
    }

    /** {@code mas hire benchmarks import}: the CSV read as a stream of rows, each imported on its own. */
    public ImportSalaryBenchmarks.Report importBenchmarks(Reader csv) {
        try (var rows = new CsvBenchmarkRows(csv)) {
            return importSalaryBenchmarks.run(rows);
        }
    }

    @Override
    public List<RouteGroup> routes() {
        return List.of(
                new JobPostRoutes(postJob, editJob, changeJobStatus, showJob, listOpenJobs, listMyJobs),
                new ApplicationRoutes(apply, listApplications, showApplication, readResume, moveApplication,
                        requestScreening, clientAddresses, maxResumeBytes),
                new QuizRoutes(createQuizTemplate, listQuizTemplates, inviteToQuiz, takeQuiz),
                new TalentPoolRoutes(browseTalentPool, listMatches, findSalaryBenchmark, receiveInterviewEvent));
    }

    @Override
    public void jobs(JobWorkers workers) {
        workers.register(JobType.RESUME_ANALYSIS, new ResumeAnalysisJobHandler(screenApplication), screening);
    }
}
