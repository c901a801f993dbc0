package in.mrmentor.hiring;

import in.mrmentor.hiring.port.Applications;
import in.mrmentor.hiring.port.CostLedger;
import in.mrmentor.hiring.port.Interviews;
import in.mrmentor.hiring.port.JobPosts;
import in.mrmentor.hiring.port.Quizzes;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One application for its post's owner: with analysis, screening, quiz results, transcript, history and costs. */
public final class ShowApplication {
    private final JobPosts posts;
    private final Applications applications;
    private final Quizzes quizzes;
    private final Interviews interviews;
    private final CostLedger costs;

    public ShowApplication(JobPosts posts, Applications applications, Quizzes quizzes, Interviews interviews,
                           CostLedger costs) {
        this.posts = posts;
        this.applications = applications;
        this.quizzes = quizzes;
        this.interviews = interviews;
        this.costs = costs;
    }

    public record Details(JobApplication application, Optional<ResumeAnalysis> analysis,
                          Optional<ScreeningResult> screening, List<QuizInvitation> quizzes,
                          List<InterviewMessage> transcript, List<HistoryEntry> history, List<CostEntry> costs) {
    }

    public Details show(Recruiter recruiter, UUID id) {
        var application = Owned.application(recruiter, applications, posts, id, false);
        return new Details(application, applications.latestAnalysis(id), applications.latestScreening(id),
                quizzes.invitationsOf(id), interviews.transcript(id), applications.history(id),
                costs.ofApplication(id));
    }
}
