package in.mrmentor.hiring;

import in.mrmentor.shared.Validation;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A reusable candidate quiz (seed 003: QuizTemplate) owned by the recruiter who wrote it. */
public record QuizTemplate(UUID id, UUID ownerId, String title, List<Question> questions, Instant createdAt) {
    public static final int MAX_QUESTIONS = 100;

    /** One multiple-choice question; {@code correctIndex} never leaves the recruiter's side. */
    public record Question(UUID id, String text, List<String> options, int correctIndex) {
        public Question {
            Objects.requireNonNull(id, "id");
            options = List.copyOf(options);
        }
    }

    public QuizTemplate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(createdAt, "createdAt");
        questions = List.copyOf(questions);
    }

    /** Refuses a template a candidate could not take, naming each failing field. */
    public static void validate(String title, List<String> texts, List<List<String>> options, List<Integer> correct) {
        var validation = new Validation().requireText(title, "title", 200);
        if (texts == null || texts.isEmpty() || texts.size() > MAX_QUESTIONS) {
            validation.require(false, "questions", "must hold 1 to " + MAX_QUESTIONS + " questions");
        } else {
            for (int i = 0; i < texts.size(); i++) {
                String field = "questions[" + i + "]";
                validation.requireText(texts.get(i), field + ".text", 2_000);
                List<String> choices = options.get(i);
                if (choices == null || choices.size() < 2 || choices.size() > 6) {
                    validation.require(false, field + ".options", "must hold 2 to 6 options");
                } else {
                    for (int j = 0; j < choices.size(); j++) {
                        validation.requireText(choices.get(j), field + ".options[" + j + "]", 500);
                    }
                    Integer index = correct.get(i);
                    validation.require(index != null && index >= 0 && index < choices.size(), field + ".correctIndex",
                            "must name one of the options (0 to " + (choices.size() - 1) + ")");
                }
            }
        }
        validation.orThrow();
    }

    /** The percentage of questions answered right; unanswered and unknown questions count as wrong. */
    public int scorePercent(java.util.Map<UUID, Integer> answers) {
        long right = questions.stream()
                .filter(q -> Objects.equals(answers.get(q.id()), q.correctIndex()))
                .count();
        return (int) Math.round(100.0 * right / questions.size());
    }
}
