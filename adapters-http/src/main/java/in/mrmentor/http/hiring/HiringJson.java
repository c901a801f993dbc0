package in.mrmentor.http.hiring;

import in.mrmentor.hiring.HistoryEntry;
import in.mrmentor.hiring.InterviewMessage;
import in.mrmentor.hiring.JobApplication;
import in.mrmentor.hiring.JobPost;
import in.mrmentor.hiring.QuizInvitation;
import in.mrmentor.hiring.ResumeAnalysis;
import in.mrmentor.hiring.ScreeningResult;
import in.mrmentor.hiring.ShowApplication;
import in.mrmentor.hiring.TalentPoolEntry;
import in.mrmentor.hiring.TalentPoolMatch;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The JSON shapes of the hiring routes. */
public final class HiringJson {

    private HiringJson() {
    }

    public record JobJson(UUID id, String title, String description, String location, String employmentType,
                          List<String> skills, Long salaryMinPaise, Long salaryMaxPaise, int screeningThreshold,
                          Boolean autoScreen, String status, String platform, UUID ownerId, Instant createdAt,
                          Instant updatedAt) {
        static JobJson of(JobPost post) {
            var d = post.details();
            return new JobJson(post.id(), d.title(), d.description(), d.location(), d.employmentType().name(),
                    d.skills(), d.salaryMinPaise(), d.salaryMaxPaise(), d.screeningThreshold(), d.autoScreen(),
                    post.status().wire(), post.platform().headerValue(), post.ownerId(), post.createdAt(),
                    post.updatedAt());
        }
    }

    /** What a candidate gets back: the id and the status, nothing of the recruiter's side. */
    public record AppliedJson(UUID id, String status) {
        static AppliedJson of(JobApplication application) {
            return new AppliedJson(application.id(), application.status().wire());
        }
    }

    public record ApplicationJson(UUID id, UUID jobPostId, String name, String email, String phone, String coverNote,
                                  String status, Integer score, String screeningError, String resumeContentType,
                                  long resumeSizeBytes, Instant createdAt, Instant updatedAt) {
        static ApplicationJson of(JobApplication a) {
            return new ApplicationJson(a.id(), a.jobPostId(), a.name(), a.email(), a.phone().e164(), a.coverNote(),
                    a.status().wire(), a.score(), a.screeningError(), a.resume().contentType(), a.resume().sizeBytes(),
                    a.createdAt(), a.updatedAt());
        }
    }

    public record AnalysisJson(List<String> skills, int yearsOfExperience, String summary, String analyzer) {
        static AnalysisJson of(ResumeAnalysis a) {
            return new AnalysisJson(a.skills(), a.yearsOfExperience(), a.summary(), a.analyzer());
        }
    }

    public record ScreeningJson(int score, int threshold, String verdict, List<String> reasons) {
        static ScreeningJson of(ScreeningResult s) {
            return new ScreeningJson(s.score(), s.threshold(), s.verdict().name().toLowerCase(Locale.ROOT), s.reasons());
        }
    }

    public record QuizResultJson(UUID invitationId, UUID quizTemplateId, Instant expiresAt, Instant submittedAt,
                                 Integer scorePercent) {
        static QuizResultJson of(QuizInvitation i) {
            return new QuizResultJson(i.id(), i.templateId(), i.expiresAt(), i.submittedAt(), i.scorePercent());
        }
    }

    public record TranscriptJson(String role, String text, Instant at) {
        static TranscriptJson of(InterviewMessage m) {
            return new TranscriptJson(m.role(), m.text(), m.at());
        }
    }

    public record HistoryJson(String from, String to, Instant at, String actor, String reason) {
        static HistoryJson of(HistoryEntry h) {
            return new HistoryJson(h.from() == null ? null : h.from().wire(), h.to().wire(), h.at(), h.actor(), h.reason());
        }
    }

    public record CostJson(String stage, String provider, String model, long promptTokens, long completionTokens,
                           long costMicroUsd, Instant at) {
    }

    public record ApplicationDetailsJson(ApplicationJson application, AnalysisJson analysis, ScreeningJson screening,
                                         List<QuizResultJson> quizzes, List<TranscriptJson> transcript,
                                         List<HistoryJson> history, List<CostJson> costs) {
        static ApplicationDetailsJson of(ShowApplication.Details d) {
            return new ApplicationDetailsJson(ApplicationJson.of(d.application()),
                    d.analysis().map(AnalysisJson::of).orElse(null), d.screening().map(ScreeningJson::of).orElse(null),
                    d.quizzes().stream().map(QuizResultJson::of).toList(),
                    d.transcript().stream().map(TranscriptJson::of).toList(),
                    d.history().stream().map(HistoryJson::of).toList(),
                    d.costs().stream().map(c -> new CostJson(c.stage(), c.provider(), c.model(), c.promptTokens(),
                            c.completionTokens(), c.costMicroUsd(), c.at())).toList());
        }
    }

    /** A pooled candidate as every recruiter of the tenant sees them: no resume, no contact details. */
    public record PoolEntryJson(UUID applicationId, String name, List<String> skills, int score, Instant pooledAt) {
        static PoolEntryJson of(TalentPoolEntry e) {
            return new PoolEntryJson(e.applicationId(), e.name(), e.skills(), e.score(), e.pooledAt());
        }
    }

    public record MatchJson(UUID applicationId, String name, List<String> skills, int poolScore, int matchScore,
                            Instant pooledAt) {
        static MatchJson of(TalentPoolMatch m) {
            return new MatchJson(m.entry().applicationId(), m.entry().name(), m.entry().skills(), m.entry().score(),
                    m.score(), m.entry().pooledAt());
        }
    }
}
