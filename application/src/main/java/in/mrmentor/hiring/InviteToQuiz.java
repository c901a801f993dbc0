package in.mrmentor.hiring;

import in.mrmentor.hiring.port.Applications;
import in.mrmentor.hiring.port.JobPosts;
import in.mrmentor.hiring.port.QuizLinks;
import in.mrmentor.hiring.port.Quizzes;
import in.mrmentor.mail.Mailer;
import in.mrmentor.mail.EmailTemplate;
import in.mrmentor.mail.MailDefinition;
import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.Map;
import java.time.Instant;
import java.util.UUID;

/**
 * Invites a candidate to a quiz: a signed, expiring link (only its digest is stored) mailed to the
 * candidate in the same transaction, and the status moved to {@code quiz_invited} when that lies ahead.
 */
public final class InviteToQuiz {
    /** The invitation; an admin may reword it, never drop the link. */
    public static final MailDefinition MAIL = MailDefinition.of(new EmailTemplate("hiring.quiz-invitation",
            "Your quiz: {{quizTitle}}",
            "Hello {{name}},\n\nplease take this quiz before {{expiresAt}} (UTC):\n{{link}}\n\nThe link works once.\n",
            null), Set.of("link"));

    private final JobPosts posts;
    private final Applications applications;
    private final Quizzes quizzes;
    private final QuizLinks links;
    private final Mailer mailer;
    private final String linkBase;
    private final Transactions tx;
    private final Clock clock;
    private final Ids ids;

    /** @param linkBase the public address a token is appended to, e.g. {@code https://hire.example/quiz/} */
    public InviteToQuiz(JobPosts posts, Applications applications, Quizzes quizzes, QuizLinks links, Mailer mailer,
                        String linkBase, Transactions tx, Clock clock, Ids ids) {
        this.posts = posts;
        this.applications = applications;
        this.quizzes = quizzes;
        this.links = links;
        this.mailer = mailer;
        this.linkBase = linkBase;
        this.tx = tx;
        this.clock = clock;
        this.ids = ids;
    }

    public record Invitation(UUID invitationId, String link, String token, Instant expiresAt) {
    }

    public Invitation invite(Recruiter recruiter, UUID applicationId, UUID templateId, Integer expiresInHours) {
        int hours = expiresInHours == null ? QuizInvitation.DEFAULT_HOURS : expiresInHours;
        new Validation().require(templateId != null, "quizTemplateId", "is required")
                .require(hours >= 1 && hours <= QuizInvitation.MAX_HOURS, "expiresInHours",
                        "must be from 1 to " + QuizInvitation.MAX_HOURS)
                .orThrow();
        return tx.inTransaction(() -> {
            var application = Owned.application(recruiter, applications, posts, applicationId, true);
            if (application.status() == CandidateStatus.REJECTED) {
                throw HiringErrors.invalidTransition(application.status().wire(), CandidateStatus.QUIZ_INVITED.wire());
            }
            var template = quizzes.template(templateId)
                    .filter(t -> RecordAccess.mayManage(recruiter, t.ownerId()))
                    .orElseThrow(HiringErrors::quizTemplateNotFound);
            var now = clock.instant();
            var expiresAt = now.plus(Duration.ofHours(hours));
            var id = ids.next();
            String token = links.issue(id, expiresAt);
            quizzes.addInvitation(new QuizInvitation(id, applicationId, template.id(), links.digest(token), expiresAt,
                    now, null, null));
            var next = application.status().advancedTo(CandidateStatus.QUIZ_INVITED);
            if (next != application.status()) {
                var moved = application.moveTo(next, now, recruiter.id().toString(), "invited to quiz " + template.title());
                applications.replace(moved.application());
                applications.appendHistory(applicationId, moved.entry());
            }
            String link = linkBase + token;
            mailer.send(application.email(), MAIL, Map.of("name", application.name(), "quizTitle", template.title(),
                    "expiresAt", expiresAt.toString(), "link", link));
            return new Invitation(id, link, token, expiresAt);
        });
    }
}
