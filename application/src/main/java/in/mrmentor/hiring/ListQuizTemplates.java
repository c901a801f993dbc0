package in.mrmentor.hiring;

import in.mrmentor.hiring.port.Quizzes;
import java.util.List;

/** A recruiter's own quiz templates (an admin's: all), newest first. */
public final class ListQuizTemplates {
    private final Quizzes quizzes;

    public ListQuizTemplates(Quizzes quizzes) {
        this.quizzes = quizzes;
    }

    public List<QuizTemplate> list(Recruiter recruiter) {
        return quizzes.templates(recruiter.admin() ? null : recruiter.id());
    }
}
