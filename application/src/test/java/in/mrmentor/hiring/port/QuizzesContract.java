package in.mrmentor.hiring.port;

import static org.assertj.core.api.Assertions.assertThat;

import in.mrmentor.hiring.HiringTestData;
import in.mrmentor.hiring.QuizInvitation;
import in.mrmentor.hiring.QuizTemplate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link Quizzes} adapter shares. */
public abstract class QuizzesContract {

    protected abstract Quizzes newQuizzes();

    protected abstract UUID aRecruiter();

    /** A stored application. */
    protected abstract UUID anApplication();

    static QuizTemplate template(UUID owner, java.time.Instant at) {
        return new QuizTemplate(UUID.randomUUID(), owner, "Java basics", List.of(
                new QuizTemplate.Question(UUID.randomUUID(), "Is Java typed?", List.of("yes", "no"), 0),
                new QuizTemplate.Question(UUID.randomUUID(), "2+2?", List.of("3", "4", "5"), 1)), at);
    }

    @Test
    void templatesAreKeptWithTheirQuestionsAndListedPerOwnerNewestFirst() {
        var quizzes = newQuizzes();
        assertThat(quizzes.anyTemplate()).isFalse();
        UUID one = aRecruiter();
        UUID two = aRecruiter();
        var older = template(one, HiringTestData.NOW);
        var newer = template(two, HiringTestData.NOW.plusSeconds(1));
        quizzes.addTemplate(older);
        quizzes.addTemplate(newer);
        assertThat(quizzes.anyTemplate()).isTrue();
        assertThat(quizzes.template(older.id())).contains(older);
        assertThat(quizzes.templates(one)).containsExactly(older);
        assertThat(quizzes.templates(null)).containsExactly(newer, older);
    }

    @Test
    void anInvitationIsSubmittedOnce() {
        var quizzes = newQuizzes();
        var template = template(aRecruiter(), HiringTestData.NOW);
        quizzes.addTemplate(template);
        UUID application = anApplication();
        var invitation = new QuizInvitation(UUID.randomUUID(), application, template.id(), "digest-1",
                HiringTestData.NOW.plusSeconds(3600), HiringTestData.NOW, null, null);
        quizzes.addInvitation(invitation);
        assertThat(quizzes.lockInvitation(invitation.id())).contains(invitation);
        var submitted = invitation.submit(50, HiringTestData.NOW.plusSeconds(60));
        quizzes.replaceInvitation(submitted);
        assertThat(quizzes.invitationsOf(application)).containsExactly(submitted);
        assertThat(quizzes.lockInvitation(UUID.randomUUID())).isEmpty();
    }
}
