package in.mrmentor.hiring;

import in.mrmentor.hiring.port.Quizzes;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** A recruiter writes a reusable quiz: 1 to 100 questions of 2 to 6 options, each with its right answer. */
public final class CreateQuizTemplate {
    private final Quizzes quizzes;
    private final Transactions tx;
    private final Clock clock;
    private final Ids ids;

    public CreateQuizTemplate(Quizzes quizzes, Transactions tx, Clock clock, Ids ids) {
        this.quizzes = quizzes;
        this.tx = tx;
        this.clock = clock;
        this.ids = ids;
    }

    public record QuestionCommand(String text, List<String> options, Integer correctIndex) {
    }

    /** What a template must be, checked without storing anything: every failing field named. */
    public static void check(String title, List<QuestionCommand> questions) {
        List<QuestionCommand> given = questions == null ? List.of() : questions;
        QuizTemplate.validate(title, given.stream().map(q -> q == null ? null : q.text()).toList(),
                given.stream().map(q -> q == null ? null : q.options()).toList(),
                given.stream().map(q -> q == null ? null : q.correctIndex()).toList());
    }

    public QuizTemplate create(Recruiter recruiter, String title, List<QuestionCommand> questions) {
        check(title, questions);
        List<QuestionCommand> given = questions == null ? List.of() : questions;
        List<QuizTemplate.Question> built = new ArrayList<>();
        for (QuestionCommand q : given) {
            built.add(new QuizTemplate.Question(ids.next(), q.text().trim(),
                    q.options().stream().map(String::trim).toList(), q.correctIndex()));
        }
        var template = new QuizTemplate(ids.next(), recruiter.id(), title.trim(), built, clock.instant());
        tx.run(() -> quizzes.addTemplate(template));
        return template;
    }
}
