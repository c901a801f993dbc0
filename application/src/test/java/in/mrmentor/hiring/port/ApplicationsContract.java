package in.mrmentor.hiring.port;

import static org.assertj.core.api.Assertions.assertThat;

import in.mrmentor.hiring.CandidateStatus;
import in.mrmentor.hiring.HiringTestData;
import in.mrmentor.hiring.HistoryEntry;
import in.mrmentor.hiring.PhoneNumber;
import in.mrmentor.hiring.ResumeAnalysis;
import in.mrmentor.hiring.ScreeningResult;
import in.mrmentor.hiring.Verdict;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TextKey;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link Applications} adapter shares. */
public abstract class ApplicationsContract {

    protected abstract Applications newApplications();

    /** An active post stored where the applications can refer to it. */
    protected abstract UUID aPost();

    @Test
    void aSecondApplicationWithTheSameEmailOrPhoneIsNotStored() {
        var applications = newApplications();
        UUID post = aPost();
        var first = HiringTestData.application(post, "asha@example.com", "+919876543210", HiringTestData.NOW);
        assertThat(applications.addUnlessDuplicate(first, HiringTestData.applied(HiringTestData.NOW))).isEmpty();
        var samePhone = HiringTestData.application(post, "other@example.com", "+919876543210", HiringTestData.NOW);
        var sameEmail = HiringTestData.application(post, "asha@example.com", "+919000000001", HiringTestData.NOW);
        assertThat(applications.addUnlessDuplicate(samePhone, HiringTestData.applied(HiringTestData.NOW)))
                .contains(first.id());
        assertThat(applications.addUnlessDuplicate(sameEmail, HiringTestData.applied(HiringTestData.NOW)))
                .contains(first.id());
        assertThat(applications.find(samePhone.id())).isEmpty();
        assertThat(applications.findDuplicate(post, "nobody@example.com", new PhoneNumber("+919000000002"))).isEmpty();
        UUID otherPost = aPost();
        var elsewhere = HiringTestData.application(otherPost, "asha@example.com", "+919876543210", HiringTestData.NOW);
        assertThat(applications.addUnlessDuplicate(elsewhere, HiringTestData.applied(HiringTestData.NOW))).isEmpty();
    }

    @Test
    void keepsStatusScoreHistoryAnalysisAndScreening() {
        var applications = newApplications();
        UUID post = aPost();
        var application = HiringTestData.application(post, "asha@example.com", "+919876543210", HiringTestData.NOW);
        applications.addUnlessDuplicate(application, HiringTestData.applied(HiringTestData.NOW));
        var moved = application.moveTo(CandidateStatus.SCORING_COMPLETE, HiringTestData.NOW.plusSeconds(1),
                HistoryEntry.SYSTEM, null);
        var scored = moved.application().withScreening(72, null, HiringTestData.NOW.plusSeconds(1));
        applications.replace(scored);
        applications.appendHistory(application.id(), moved.entry());
        assertThat(applications.lock(application.id())).contains(scored);
        assertThat(applications.history(application.id())).extracting(HistoryEntry::to)
                .containsExactly(CandidateStatus.RESUME_RECEIVED, CandidateStatus.SCORING_COMPLETE);
        var analysis = new ResumeAnalysis(List.of("java", "sql"), 4, "Backend developer", "local");
        applications.saveAnalysis(application.id(), analysis, HiringTestData.NOW);
        var screening = new ScreeningResult(72, 60, Verdict.SHORTLIST, List.of("skills matched 2/4"));
        applications.saveScreening(application.id(), screening, HiringTestData.NOW);
        var again = new ScreeningResult(40, 60, Verdict.POOL, List.of("re-screened"));
        applications.saveScreening(application.id(), again, HiringTestData.NOW.plusSeconds(5));
        assertThat(applications.latestAnalysis(application.id())).contains(analysis);
        assertThat(applications.latestScreening(application.id())).contains(again);
        assertThat(applications.latestAnalysis(UUID.randomUUID())).isEmpty();
    }

    @Test
    void aPostsApplicationsComeBestScoreFirstThenOldestAndPage() {
        var applications = newApplications();
        UUID post = aPost();
        var unscored = HiringTestData.application(post, "a@example.com", "+919000000001", HiringTestData.NOW);
        var low = HiringTestData.application(post, "b@example.com", "+919000000002", HiringTestData.NOW.plusSeconds(1))
                .withScreening(30, null, HiringTestData.NOW);
        var highOld = HiringTestData.application(post, "c@example.com", "+919000000003", HiringTestData.NOW.plusSeconds(2))
                .withScreening(90, null, HiringTestData.NOW);
        var highNew = HiringTestData.application(post, "d@example.com", "+919000000004", HiringTestData.NOW.plusSeconds(3))
                .withScreening(90, null, HiringTestData.NOW);
        for (var application : List.of(highNew, unscored, low, highOld)) {
            applications.addUnlessDuplicate(application, HiringTestData.applied(HiringTestData.NOW));
        }
        assertThat(applications.listForPost(post, null, null, PageRequest.first(10)))
                .containsExactly(highOld, highNew, low, unscored);
        assertThat(applications.listForPost(post, null, 50, PageRequest.first(10))).containsExactly(highOld, highNew);
        assertThat(applications.listForPost(post, CandidateStatus.RESUME_RECEIVED, null,
                new PageRequest<>(new TextKey(highNew.rankKey(), highNew.id()), 1))).containsExactly(low, unscored);
        assertThat(applications.idsOfPost(post)).containsExactly(unscored.id(), low.id(), highOld.id(), highNew.id());
    }

}
