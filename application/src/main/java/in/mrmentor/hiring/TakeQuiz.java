package in.mrmentor.hiring;

import in.mrmentor.hiring.port.Applications;
import in.mrmentor.hiring.port.QuizLinks;
import in.mrmentor.hiring.port.Quizzes;
import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.Set;

/**
 * A candidate opens and submits a quiz through its signed link. The page never carries the answers;
 * a link works for one submission, until it expires.
 */
public final class TakeQuiz {
    private final Quizzes quizzes;
    private final Applications applications;
    private final QuizLinks links;
    private final Transactions tx;
    private final Clock clock;

    public TakeQuiz(Quizzes quizzes, Applications applications, QuizLinks links, Transactions tx, Clock clock) {
        this.quizzes = quizzes;
        this.applications = applications;
        this.links = links;
        this.tx = tx;
        this.clock = clock;
    }

    /** A question as the candidate sees it: no right answer. */
    public record QuestionView(UUID id, String text, List<String> options) {
    }

    public record QuizView(String title, List<QuestionView> questions, Instant expiresAt) {
    }

    public record Answer(UUID questionId, Integer optionIndex) {
    }

    public QuizView open(String token) {
        var invitation = valid(token);
        var template = quizzes.template(invitation.templateId()).orElseThrow(HiringErrors::quizLinkInvalid);
        return new QuizView(template.title(), template.questions().stream()
                .map(q -> new QuestionView(q.id(), q.text(), q.options())).toList(), invitation.expiresAt());
    }

    public int submit(String token, List<Answer> answers) {
        var validation = new Validation().require(answers != null, "answers", "is required");
        if (answers != null) {
            validation.require(answers.size() <= QuizTemplate.MAX_QUESTIONS, "answers",
                    "must hold at most " + QuizTemplate.MAX_QUESTIONS + " answers");
            for (int i = 0; i < answers.size() && i < QuizTemplate.MAX_QUESTIONS; i++) {
                var answer = answers.get(i);
                validation.require(answer != null && answer.questionId() != null, "answers[" + i + "].questionId",
                        "is required")
                        .require(answer != null && answer.optionIndex() != null && answer.optionIndex() >= 0
                                && answer.optionIndex() < 6, "answers[" + i + "].optionIndex", "must be from 0 to 5");
            }
        }
        validation.orThrow();
        return tx.inTransaction(() -> {
            var invitation = valid(token);
            var template = quizzes.template(invitation.templateId()).orElseThrow(HiringErrors::quizLinkInvalid);
            // A candidate has one submission: an answer to a question this quiz does not ask (a stale page,
            // a typo in a client) is refused before it is spent, not scored as wrong.
            Set<UUID> asked = template.questions().stream().map(QuizTemplate.Question::id).collect(Collectors.toSet());
            var unknown = new Validation();
            for (int i = 0; i < answers.size(); i++) {
                unknown.require(asked.contains(answers.get(i).questionId()), "answers[" + i + "].questionId",
                        "is not a question of this quiz");
            }
            unknown.orThrow();
            Map<UUID, Integer> given = new HashMap<>();
            answers.forEach(answer -> given.putIfAbsent(answer.questionId(), answer.optionIndex()));
            int percent = template.scorePercent(given);
            var now = clock.instant();
            quizzes.replaceInvitation(invitation.submit(percent, now));
            applications.lock(invitation.applicationId()).ifPresent(application -> {
                var next = application.status().advancedTo(CandidateStatus.QUIZ_COMPLETED);
                if (next != application.status()) {
                    var moved = application.moveTo(next, now, HistoryEntry.SYSTEM, "quiz submitted: " + percent + "%");
                    applications.replace(moved.application());
                    applications.appendHistory(application.id(), moved.entry());
                }
            });
            return percent;
        });
    }

    private QuizInvitation valid(String token) {
        var claims = token == null || token.length() > 512 ? null : links.read(token).orElse(null);
        if (claims == null) {
            throw HiringErrors.quizLinkInvalid();
        }
        var invitation = quizzes.lockInvitation(claims.invitationId())
                .filter(found -> found.tokenDigest().equals(links.digest(token)))
                .orElseThrow(HiringErrors::quizLinkInvalid);
        if (!clock.instant().isBefore(invitation.expiresAt())) {
            throw HiringErrors.quizLinkExpired();
        }
        if (invitation.submitted()) {
            throw HiringErrors.quizAlreadySubmitted();
        }
        return invitation;
    }
}
