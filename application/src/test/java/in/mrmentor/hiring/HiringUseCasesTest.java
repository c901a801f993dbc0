package in.mrmentor.hiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.mrmentor.hiring.port.ResumeAnalyzer;
import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.Platform;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HiringUseCasesTest {
    private static final String STRONG = "Senior engineer, 7 years of Java, PostgreSQL, Docker and Kafka.";
    private static final String WEAK = "Accountant who knows Excel.";

    private final HiringKit kit = new HiringKit();
    private final Recruiter owner = Recruiter.recruiter(UUID.randomUUID());
    private final Recruiter stranger = Recruiter.recruiter(UUID.randomUUID());
    private final Recruiter admin = Recruiter.administrator(UUID.randomUUID());

    private JobPost activePost() {
        var post = kit.postJob.post(owner, Platform.MR_MENTOR, HiringTestData.details());
        return kit.changeJobStatus.change(owner, post.id(), JobPostStatus.ACTIVE);
    }

    private static String code(Throwable e) {
        return ((DomainException) e).code();
    }

    @Test
    void onlyAnActivePostTakesApplicationsAndIsPublic() {
        var post = kit.postJob.post(owner, Platform.MR_MENTOR, HiringTestData.details());
        assertThatThrownBy(() -> kit.applyWith(post.id(), "a@example.com", "9876543210", STRONG))
                .satisfies(e -> assertThat(code(e)).isEqualTo("JOB_NOT_OPEN"));
        assertThatThrownBy(() -> kit.showJob.show(null, Platform.MR_MENTOR, post.id()))
                .satisfies(e -> assertThat(code(e)).isEqualTo("JOB_POST_NOT_FOUND"));
        assertThat(kit.showJob.show(owner, Platform.MR_MENTOR, post.id())).isEqualTo(post);
        kit.changeJobStatus.change(owner, post.id(), JobPostStatus.ACTIVE);
        assertThat(kit.showJob.show(null, Platform.MR_MENTOR, post.id()).status()).isEqualTo(JobPostStatus.ACTIVE);
        assertThatThrownBy(() -> kit.showJob.show(null, Platform.MY_ANALYTICS_SCHOOL, post.id()))
                .satisfies(e -> assertThat(code(e)).isEqualTo("JOB_POST_NOT_FOUND"));
        assertThat(kit.listOpenJobs.list(Platform.MR_MENTOR, "java", null, null, 10, null).items()).hasSize(1);
        kit.changeJobStatus.change(owner, post.id(), JobPostStatus.CLOSED);
        assertThatThrownBy(() -> kit.editJob.edit(owner, post.id(), HiringTestData.details("go")))
                .satisfies(e -> assertThat(code(e)).isEqualTo("JOB_CLOSED"));
        assertThatThrownBy(() -> kit.changeJobStatus.change(owner, post.id(), JobPostStatus.ACTIVE))
                .satisfies(e -> assertThat(code(e)).isEqualTo("INVALID_TRANSITION"));
    }

    @Test
    void theSamePersonWithThePhoneWrittenDifferentlyIsADuplicate() {
        var post = activePost();
        var first = kit.applyWith(post.id(), "Asha@Example.com ", "98765 43210", STRONG);
        assertThatThrownBy(() -> kit.applyWith(post.id(), "asha.rao@example.com", "+91-98765-43210", STRONG))
                .isInstanceOfSatisfying(DuplicateApplicationException.class,
                        e -> assertThat(e.existingApplicationId()).isEqualTo(first.id()));
        assertThatThrownBy(() -> kit.applyWith(post.id(), " asha@example.COM", "9000000001", STRONG))
                .isInstanceOf(DuplicateApplicationException.class);
        assertThat(kit.blobs).hasSize(1);
    }

    @Test
    void badInputStoresNothingAndNamesTheFields() {
        var post = activePost();
        assertThatThrownBy(() -> kit.apply.apply(post.id(), new Apply.Command(" ", "not-an-email", "12", null, null,
                "10.0.0.1", Platform.MR_MENTOR))).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                .extracting(f -> f.field()).containsExactlyInAnyOrder("name", "email", "phone", "resume"));
        assertThatThrownBy(() -> kit.apply.apply(post.id(), new Apply.Command("Asha", "a@example.com", "9876543210",
                null, new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "10.0.0.1", Platform.MR_MENTOR)))
                .satisfies(e -> assertThat(code(e)).isEqualTo("UNSUPPORTED_MEDIA_TYPE"));
        assertThatThrownBy(() -> kit.apply.apply(post.id(), new Apply.Command("Asha", "a@example.com", "9876543210",
                null, new byte[1024 * 1024 + 1], "10.0.0.1", Platform.MR_MENTOR)))
                .satisfies(e -> assertThat(code(e)).isEqualTo("PAYLOAD_TOO_LARGE"));
        assertThat(kit.blobs).isEmpty();
        assertThat(kit.applications.idsOfPost(post.id())).isEmpty();
    }

    @Test
    void autoScreeningShortlistsTheStrongAndPoolsTheWeak() {
        kit.autoScreen.set(true);
        var post = activePost();
        var strong = kit.applyWith(post.id(), "strong@example.com", "9000000001", STRONG);
        var weak = kit.applyWith(post.id(), "weak@example.com", "9000000002", WEAK);
        assertThat(kit.queued).containsExactly(strong.id(), weak.id());
        kit.queued.forEach(kit.screen::screen);
        var strongDetails = kit.showApplication.show(owner, strong.id());
        assertThat(strongDetails.application().status()).isEqualTo(CandidateStatus.SHORTLISTED);
        assertThat(strongDetails.history()).extracting(HistoryEntry::to).containsExactly(CandidateStatus.RESUME_RECEIVED,
                CandidateStatus.RESUME_PARSED, CandidateStatus.SCORING_COMPLETE, CandidateStatus.SHORTLISTED);
        assertThat(strongDetails.screening()).hasValueSatisfying(s -> assertThat(s.score()).isEqualTo(100));
        assertThat(strongDetails.costs()).hasSize(1);
        assertThat(kit.showApplication.show(owner, weak.id()).application().status())
                .isEqualTo(CandidateStatus.TALENT_POOL);
        assertThat(kit.browsePool.list(Platform.MR_MENTOR, null, 10, null).items())
                .extracting(TalentPoolEntry::applicationId).containsExactly(weak.id());
        assertThat(kit.listApplications.list(owner, post.id(), null, null, 10, null).items())
                .extracting(JobApplication::id).containsExactly(strong.id(), weak.id());
    }

    @Test
    void theJobSettingWinsOverTheRuntimeSwitch() {
        kit.autoScreen.set(true);
        var details = HiringTestData.details();
        var manual = new JobPostDetails(details.title(), details.description(), details.location(),
                details.employmentType(), details.skills(), null, null, 60, false);
        var post = kit.postJob.post(owner, Platform.MR_MENTOR, manual);
        kit.changeJobStatus.change(owner, post.id(), JobPostStatus.ACTIVE);
        kit.applyWith(post.id(), "a@example.com", "9000000001", STRONG);
        assertThat(kit.queued).isEmpty();
    }

    @Test
    void aFailedScreeningLeavesTheStatusAndSaysWhy() {
        var post = activePost();
        var application = kit.applyWith(post.id(), "a@example.com", "9000000001", STRONG);
        kit.analyzerFails.set(true);
        assertThatThrownBy(() -> kit.screen.screen(application.id()))
                .isInstanceOf(ResumeAnalyzer.AnalysisFailedException.class);
        var failed = kit.showApplication.show(owner, application.id());
        assertThat(failed.application().status()).isEqualTo(CandidateStatus.RESUME_RECEIVED);
        assertThat(failed.application().screeningError()).contains("timed out");
        assertThat(failed.analysis()).isEmpty();
        kit.analyzerFails.set(false);
        kit.screen.screen(application.id());
        var done = kit.showApplication.show(owner, application.id()).application();
        assertThat(done.status()).isEqualTo(CandidateStatus.SHORTLISTED);
        assertThat(done.screeningError()).isNull();
    }

    @Test
    void aRescreenDoesNotOverruleARecruitersHand() {
        var post = activePost();
        var application = kit.applyWith(post.id(), "w@example.com", "9000000001", WEAK);
        kit.screen.screen(application.id());
        kit.move.move(owner, application.id(), CandidateStatus.SHORTLISTED, "overruled");
        assertThat(kit.screen.screen(application.id())).isEqualTo(ScreenApplication.Outcome.SKIPPED);
        assertThat(kit.showApplication.show(owner, application.id()).application().status())
                .isEqualTo(CandidateStatus.SHORTLISTED);
        kit.move.move(owner, application.id(), CandidateStatus.REJECTED, "position filled");
        assertThat(kit.rescreen.rescreen(post.id(), true)).isEmpty();
        assertThatThrownBy(() -> kit.move.move(owner, application.id(), CandidateStatus.SHORTLISTED, null))
                .satisfies(e -> assertThat(code(e)).isEqualTo("INVALID_TRANSITION"));
    }

    @Test
    void anotherRecruiterFindsNothingAndAnAdminFindsAll() {
        var post = activePost();
        var application = kit.applyWith(post.id(), "a@example.com", "9000000001", STRONG);
        assertThatThrownBy(() -> kit.showApplication.show(stranger, application.id()))
                .satisfies(e -> assertThat(code(e)).isEqualTo("APPLICATION_NOT_FOUND"));
        assertThatThrownBy(() -> kit.listApplications.list(stranger, post.id(), null, null, 10, null))
                .satisfies(e -> assertThat(code(e)).isEqualTo("JOB_POST_NOT_FOUND"));
        assertThatThrownBy(() -> kit.move.move(stranger, application.id(), CandidateStatus.REJECTED, "no"))
                .satisfies(e -> assertThat(code(e)).isEqualTo("APPLICATION_NOT_FOUND"));
        assertThatThrownBy(() -> kit.changeJobStatus.change(stranger, post.id(), JobPostStatus.PAUSED))
                .satisfies(e -> assertThat(code(e)).isEqualTo("JOB_POST_NOT_FOUND"));
        assertThat(kit.showApplication.show(admin, application.id()).application().id()).isEqualTo(application.id());
    }

    @Test
    void aQuizLinkWorksOnceUntilItExpiresAndNeverShowsTheAnswers() {
        var post = activePost();
        var application = kit.applyWith(post.id(), "a@example.com", "9000000001", STRONG);
        var template = kit.createQuiz.create(owner, "Basics", List.of(
                new CreateQuizTemplate.QuestionCommand("2+2?", List.of("3", "4"), 1),
                new CreateQuizTemplate.QuestionCommand("Java typed?", List.of("yes", "no"), 0)));
        var invitation = kit.invite.invite(owner, application.id(), template.id(), null);
        assertThat(kit.mails).singleElement().satisfies(mail -> assertThat(mail.textBody()).contains(invitation.link()));
        assertThat(kit.showApplication.show(owner, application.id()).application().status())
                .isEqualTo(CandidateStatus.QUIZ_INVITED);
        var view = kit.takeQuiz.open(invitation.token());
        assertThat(view.questions()).hasSize(2);
        var first = template.questions().get(0);
        assertThat(kit.takeQuiz.submit(invitation.token(), List.of(new TakeQuiz.Answer(first.id(), 1)))).isEqualTo(50);
        assertThatThrownBy(() -> kit.takeQuiz.submit(invitation.token(), List.of()))
                .satisfies(e -> assertThat(code(e)).isEqualTo("QUIZ_ALREADY_SUBMITTED"));
        assertThat(kit.showApplication.show(owner, application.id()).application().status())
                .isEqualTo(CandidateStatus.QUIZ_COMPLETED);
        assertThatThrownBy(() -> kit.takeQuiz.open("forged.token.x"))
                .satisfies(e -> assertThat(code(e)).isEqualTo("QUIZ_LINK_INVALID"));
        var later = kit.invite.invite(owner, application.id(), template.id(), 1);
        kit.now = kit.now.plus(Duration.ofHours(2));
        assertThatThrownBy(() -> kit.takeQuiz.open(later.token()))
                .satisfies(e -> assertThat(code(e)).isEqualTo("QUIZ_LINK_EXPIRED"));
        assertThatThrownBy(() -> kit.invite.invite(stranger, application.id(), template.id(), null))
                .satisfies(e -> assertThat(code(e)).isEqualTo("APPLICATION_NOT_FOUND"));
    }

    @Test
    void interviewEventsAreOrderedAndReplaysChangeNothing() {
        var post = activePost();
        var application = kit.applyWith(post.id(), "a@example.com", "9000000001", STRONG);
        String id = application.id().toString();
        byte[] second = ("e2|" + id + "|message|candidate|Hi|2026-12-01T10:00:05Z").getBytes(StandardCharsets.UTF_8);
        byte[] first = ("e1|" + id + "|message|agent|Hello|2026-12-01T10:00:00Z").getBytes(StandardCharsets.UTF_8);
        byte[] done = ("e3|" + id + "|completed|||2026-12-01T10:10:00Z").getBytes(StandardCharsets.UTF_8);
        assertThat(kit.receiveEvent.receive(second, "ok")).isTrue();
        assertThat(kit.receiveEvent.receive(first, "ok")).isTrue();
        assertThat(kit.receiveEvent.receive(first, "ok")).isFalse();
        assertThat(kit.receiveEvent.receive(done, "ok")).isTrue();
        assertThat(kit.receiveEvent.receive(done, "ok")).isFalse();
        var details = kit.showApplication.show(owner, application.id());
        assertThat(details.transcript()).extracting(InterviewMessage::text).containsExactly("Hello", "Hi");
        assertThat(details.application().status()).isEqualTo(CandidateStatus.VOICE_INTERVIEW_COMPLETED);
        assertThat(details.history()).hasSize(2);
        assertThatThrownBy(() -> kit.receiveEvent.receive(first, "forged"))
                .satisfies(e -> assertThat(code(e)).isEqualTo("INVALID_SIGNATURE"));
        kit.move.move(owner, application.id(), CandidateStatus.REJECTED, "not a fit");
        byte[] late = ("e4|" + id + "|message|agent|Still there?|2026-12-01T10:11:00Z").getBytes(StandardCharsets.UTF_8);
        assertThat(kit.receiveEvent.receive(late, "ok")).isFalse();
        assertThat(kit.showApplication.show(owner, application.id()).transcript()).hasSize(2);
    }

    @Test
    void aNewlyActivePostIsMatchedAgainstThePool() {
        var post = activePost();
        var weak = kit.applyWith(post.id(), "w@example.com", "9000000001", "Knows Java and Docker, 1 years.");
        kit.screen.screen(weak.id());
        assertThat(kit.showApplication.show(owner, weak.id()).application().status()).isEqualTo(CandidateStatus.TALENT_POOL);
        var other = kit.postJob.post(stranger, Platform.MR_MENTOR, HiringTestData.details("java", "go"));
        kit.changeJobStatus.change(stranger, other.id(), JobPostStatus.ACTIVE);
        assertThat(kit.listMatches.list(stranger, other.id())).singleElement().satisfies(match -> {
            assertThat(match.entry().applicationId()).isEqualTo(weak.id());
            assertThat(match.score()).isEqualTo(50);
        });
        assertThatThrownBy(() -> kit.listMatches.list(owner, other.id()))
                .satisfies(e -> assertThat(code(e)).isEqualTo("JOB_POST_NOT_FOUND"));
    }
}
