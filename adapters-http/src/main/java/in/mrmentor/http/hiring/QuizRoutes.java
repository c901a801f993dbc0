package in.mrmentor.http.hiring;

import in.mrmentor.shared.TimeKey;

import in.mrmentor.shared.Keyset;

import in.mrmentor.http.ListPage;

import static in.mrmentor.http.hiring.HiringRouteGroup.recruiter;

import in.mrmentor.hiring.CreateQuizTemplate;
import in.mrmentor.hiring.HiringErrors;
import in.mrmentor.hiring.InviteToQuiz;
import in.mrmentor.hiring.ListQuizTemplates;
import in.mrmentor.hiring.QuizTemplate;
import in.mrmentor.hiring.TakeQuiz;
import in.mrmentor.http.Access;
import in.mrmentor.http.Input;
import in.mrmentor.http.Required;
import in.mrmentor.http.Route;
import in.mrmentor.shared.ErrorKind;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Quizzes: templates written by recruiters, invitations by signed link, taken by candidates without signing in. */
public final class QuizRoutes implements HiringRouteGroup {
    private static final Keyset<QuizTemplate, TimeKey> TEMPLATES =
            Keyset.byTime("quiz-templates", template -> new TimeKey(template.createdAt(), template.id()));


    public record QuestionBody(String text, List<String> options, Integer correctIndex) {
    }

    public record TemplateBody(String title, List<QuestionBody> questions) {
    }

    public record InvitationBody(@Required UUID quizTemplateId, Integer expiresInHours) {
    }

    public record SubmissionBody(@Required List<TakeQuiz.Answer> answers) {
    }

    /** A template for its author: with the right answers. */
    public record TemplateJson(UUID id, String title, List<QuestionJson> questions, Instant createdAt) {
        static TemplateJson of(QuizTemplate t) {
            return new TemplateJson(t.id(), t.title(), t.questions().stream()
                    .map(q -> new QuestionJson(q.id(), q.text(), q.options(), q.correctIndex())).toList(), t.createdAt());
        }
    }

    public record QuestionJson(UUID id, String text, List<String> options, int correctIndex) {
    }

    public record InvitationJson(UUID invitationId, String link, Instant expiresAt) {
    }

    public record ScoreJson(int scorePercent) {
    }

    private final CreateQuizTemplate create;
    private final ListQuizTemplates listTemplates;
    private final InviteToQuiz invite;
    private final TakeQuiz take;

    public QuizRoutes(CreateQuizTemplate create, ListQuizTemplates listTemplates, InviteToQuiz invite, TakeQuiz take) {
        this.create = create;
        this.listTemplates = listTemplates;
        this.invite = invite;
        this.take = take;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.post("/api/hire/quiz-templates", RECRUITERS, "Write a quiz template (1-100 questions, 2-6 options)",
                        ctx -> {
                            var body = Input.json(ctx, TemplateBody.class, checked -> {
                                CreateQuizTemplate.check(checked.title(), questionsOf(checked));
                                return checked;
                            });
                            ctx.status(201).json(TemplateJson.of(create.create(recruiter(ctx), body.title(),
                                    questionsOf(body))));
                        }).withBody(TemplateBody.class).returns(201, TemplateJson.class),
                Route.get("/api/hire/quiz-templates", RECRUITERS, "The caller's quiz templates (an admin's: all)",
                        ctx -> ctx.json(ListPage.ofAll(ctx, listTemplates.list(recruiter(ctx)), TEMPLATES,
                                TimeKey.NEWEST_FIRST, TemplateJson::of)))
                        .returns(Route.pageOf(TemplateJson.class)).paged(),
                Route.post("/api/hire/applications/{id}/quiz-invitations", RECRUITERS,
                        "Invite the candidate to a quiz: a signed, expiring, single-use link, mailed to them", ctx -> {
                            var body = Input.json(ctx, InvitationBody.class);
                            var invitation = invite.invite(recruiter(ctx), Input.uuidPath(ctx, "id"), body.quizTemplateId(),
                                    body.expiresInHours());
                            ctx.status(201).json(new InvitationJson(invitation.invitationId(), invitation.link(),
                                    invitation.expiresAt()));
                        }).withBody(InvitationBody.class).returns(201, InvitationJson.class)
                        .error(ErrorKind.NOT_FOUND, HiringErrors.APPLICATION_NOT_FOUND)
                        .error(ErrorKind.NOT_FOUND, HiringErrors.QUIZ_TEMPLATE_NOT_FOUND)
                        .error(ErrorKind.CONFLICT, HiringErrors.INVALID_TRANSITION)
                        .error(ErrorKind.UNAVAILABLE, HiringErrors.INTEGRATION_NOT_CONFIGURED),
                Route.get("/api/hire/quiz/{token}", Access.anyone(), "The quiz behind a link (never its answers)",
                        ctx -> ctx.json(take.open(ctx.pathParam("token"))))
                        .returns(TakeQuiz.QuizView.class)
                        .error(ErrorKind.NOT_FOUND, HiringErrors.QUIZ_LINK_INVALID)
                        .error(ErrorKind.GONE, HiringErrors.QUIZ_LINK_EXPIRED)
                        .error(ErrorKind.CONFLICT, HiringErrors.QUIZ_ALREADY_SUBMITTED),
                Route.post("/api/hire/quiz/{token}", Access.anyone(), "Submit the answers, once", ctx -> {
                    var body = Input.json(ctx, SubmissionBody.class);
                    ctx.json(new ScoreJson(take.submit(ctx.pathParam("token"), body.answers())));
                }).withBody(SubmissionBody.class).returns(ScoreJson.class)
                        .error(ErrorKind.NOT_FOUND, HiringErrors.QUIZ_LINK_INVALID)
                        .error(ErrorKind.GONE, HiringErrors.QUIZ_LINK_EXPIRED)
                        .error(ErrorKind.CONFLICT, HiringErrors.QUIZ_ALREADY_SUBMITTED));
    }

    private static List<CreateQuizTemplate.QuestionCommand> questionsOf(TemplateBody body) {
        return body.questions() == null ? null : body.questions().stream()
                .map(q -> q == null ? null : new CreateQuizTemplate.QuestionCommand(q.text(), q.options(), q.correctIndex()))
                .toList();
    }
}
