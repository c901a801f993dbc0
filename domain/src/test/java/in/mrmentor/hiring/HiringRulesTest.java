package in.mrmentor.hiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.Platform;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HiringRulesTest {
    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private static JobPostDetails job(List<String> skills, int threshold) {
        return new JobPostDetails("Backend engineer", "Builds APIs", "Bengaluru", EmploymentType.FULL_TIME, skills,
                null, null, threshold, null);
    }

    @Test
    void scoreWeighsSkillsAndExperience() {
        var details = job(List.of("java", "postgresql", "kafka", "docker"), 60);
        var strong = ScoringRule.score(details, new ResumeAnalysis(List.of("java", "postgresql", "kafka", "docker"), 6,
                "", "local"));
        var weak = ScoringRule.score(details, new ResumeAnalysis(List.of("excel"), 0, "", "local"));
        var half = ScoringRule.score(details, new ResumeAnalysis(List.of("java", "docker"), 2, "", "local"));
        assertThat(strong.score()).isEqualTo(100);
        assertThat(strong.verdict()).isEqualTo(Verdict.SHORTLIST);
        assertThat(weak.score()).isZero();
        assertThat(weak.verdict()).isEqualTo(Verdict.POOL);
        assertThat(half.score()).isEqualTo(48);
        assertThat(half.verdict()).isEqualTo(Verdict.POOL);
        assertThat(ScoringRule.score(job(List.of("java", "docker"), 48),
                new ResumeAnalysis(List.of("java"), 2, "", "local")).verdict()).isEqualTo(Verdict.SHORTLIST);
    }

    @Test
    void jobDetailsNameEveryFailingField() {
        assertThatThrownBy(() -> new JobPostDetails(" ", null, "x", null, List.of(), 10L, 5L, 101, null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(f -> f.field())
                        .contains("title", "description", "employmentType", "skills", "salaryMinPaise",
                                "screeningThreshold"));
        assertThat(job(List.of(" Java ", "java", "SQL"), 60).skills()).containsExactly("java", "sql");
    }

    @Test
    void resumesAreToldByTheirBytes() {
        assertThat(ResumeFormat.detect("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII))).contains(ResumeFormat.PDF);
        assertThat(ResumeFormat.detect("Asha Rao\nJava, SQL".getBytes(StandardCharsets.UTF_8))).contains(ResumeFormat.TEXT);
        assertThat(ResumeFormat.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10})).isEmpty();
        assertThat(ResumeFormat.detect(new byte[] {'M', 'Z', 0, 0})).isEmpty();
        assertThat(ResumeFormat.detect(new byte[0])).isEmpty();
    }

    @Test
    void rejectingNeedsAReasonAndMovesAreRecorded() {
        var application = new JobApplication(UUID.randomUUID(), UUID.randomUUID(), Platform.MR_MENTOR, "Asha",
                "asha@example.com", new PhoneNumber("+919876543210"), null,
                new JobApplication.ResumeFile("resumes/x", ResumeFormat.PDF, 10), CandidateStatus.RESUME_RECEIVED,
                null, null, NOW, NOW);
        assertThatThrownBy(() -> application.moveTo(CandidateStatus.REJECTED, NOW, "system", " "))
                .isInstanceOf(DomainException.class);
        var moved = application.moveTo(CandidateStatus.SCORING_COMPLETE, NOW, "system", null);
        assertThat(moved.entry().from()).isEqualTo(CandidateStatus.RESUME_RECEIVED);
        assertThat(moved.application().status()).isEqualTo(CandidateStatus.SCORING_COMPLETE);
        assertThatThrownBy(() -> moved.application().moveTo(CandidateStatus.RESUME_PARSED, NOW, "system", null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("INVALID_TRANSITION"));
    }

    @Test
    void anotherRecruitersRecordsDoNotExist() {
        UUID owner = UUID.randomUUID();
        var post = JobPost.draft(UUID.randomUUID(), Platform.MR_MENTOR, owner, job(List.of("java"), 60), NOW);
        assertThat(RecordAccess.requirePost(Recruiter.recruiter(owner), post)).isSameAs(post);
        assertThat(RecordAccess.requirePost(Recruiter.administrator(UUID.randomUUID()), post)).isSameAs(post);
        assertThatThrownBy(() -> RecordAccess.requirePost(Recruiter.recruiter(UUID.randomUUID()), post))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("JOB_POST_NOT_FOUND"));
        assertThatThrownBy(() -> RecordAccess.requireApplication(Recruiter.recruiter(UUID.randomUUID()), post))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("APPLICATION_NOT_FOUND"));
    }

    @Test
    void quizScoresThePercentageRight() {
        var q1 = new QuizTemplate.Question(UUID.randomUUID(), "2+2?", List.of("3", "4"), 1);
        var q2 = new QuizTemplate.Question(UUID.randomUUID(), "SQL?", List.of("yes", "no"), 0);
        var q3 = new QuizTemplate.Question(UUID.randomUUID(), "Java?", List.of("yes", "no"), 0);
        var quiz = new QuizTemplate(UUID.randomUUID(), UUID.randomUUID(), "Basics", List.of(q1, q2, q3), NOW);
        assertThat(quiz.scorePercent(Map.of(q1.id(), 1, q2.id(), 0))).isEqualTo(67);
        assertThat(quiz.scorePercent(Map.of())).isZero();
        assertThat(ScoringRule.matchScore(List.of("java", "sql"), List.of("sql", "excel"))).isEqualTo(50);
    }
}
