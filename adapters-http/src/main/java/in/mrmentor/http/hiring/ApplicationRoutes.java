package in.mrmentor.http.hiring;

import static in.mrmentor.http.hiring.HiringRouteGroup.recruiter;

import in.mrmentor.hiring.Apply;
import in.mrmentor.hiring.CandidateStatus;
import in.mrmentor.hiring.DuplicateApplicationException;
import in.mrmentor.hiring.HiringErrors;
import in.mrmentor.hiring.ListApplications;
import in.mrmentor.hiring.MoveApplication;
import in.mrmentor.hiring.ReadResume;
import in.mrmentor.hiring.RequestScreening;
import in.mrmentor.hiring.ShowApplication;
import in.mrmentor.http.Access;
import in.mrmentor.http.Caller;
import in.mrmentor.http.ClientAddresses;
import in.mrmentor.http.Input;
import in.mrmentor.http.ListPage;
import in.mrmentor.http.Required;
import in.mrmentor.http.Route;
import in.mrmentor.http.hiring.HiringJson.AppliedJson;
import in.mrmentor.http.hiring.HiringJson.ApplicationDetailsJson;
import in.mrmentor.http.hiring.HiringJson.ApplicationJson;
import in.mrmentor.http.json.Json;
import in.mrmentor.http.problem.Problem;
import in.mrmentor.http.problem.ProblemResponses;
import in.mrmentor.shared.ErrorKind;
import in.mrmentor.shared.FieldError;
import in.mrmentor.shared.PlainText;
import in.mrmentor.shared.Validation;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Applications: candidates apply with a resume (public, multipart); the post's owner works them. */
public final class ApplicationRoutes implements HiringRouteGroup {

    public record StatusBody(@Required String status, String reason) {
    }

    /** The parts of an application, as the API document shows them; the handler reads them one by one. */
    public record ApplyForm(@Required String name, @Required String email, @Required String phone, String coverNote,
                            @Required byte[] resume) {
    }

    private final Apply apply;
    private final ListApplications list;
    private final ShowApplication show;
    private final ReadResume readResume;
    private final MoveApplication move;
    private final RequestScreening screen;
    private final ClientAddresses addresses;
    private final long maxResumeBytes;

    public ApplicationRoutes(Apply apply, ListApplications list, ShowApplication show, ReadResume readResume,
                             MoveApplication move, RequestScreening screen, ClientAddresses addresses,
                             long maxResumeBytes) {
        this.apply = apply;
        this.list = list;
        this.show = show;
        this.readResume = readResume;
        this.move = move;
        this.screen = screen;
        this.addresses = addresses;
        this.maxResumeBytes = maxResumeBytes;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.post("/api/hire/jobs/{id}/applications", Access.anyone(),
                        "Apply with a resume (multipart/form-data: name, email, phone, resume, coverNote?)", this::apply)
                        .withMaxBodyBytes(maxResumeBytes + 256 * 1024)
                        .withFormBody(ApplyForm.class)
                        .returns(201, AppliedJson.class)
                        .error(ErrorKind.NOT_FOUND, HiringErrors.JOB_POST_NOT_FOUND)
                        .error(ErrorKind.CONFLICT, HiringErrors.JOB_NOT_OPEN)
                        .error(ErrorKind.CONFLICT, HiringErrors.DUPLICATE_APPLICATION)
                        .error(ErrorKind.TOO_LARGE, HiringErrors.PAYLOAD_TOO_LARGE)
                        .error(ErrorKind.UNSUPPORTED_MEDIA_TYPE, HiringErrors.UNSUPPORTED_MEDIA_TYPE)
                        .error(ErrorKind.TOO_MANY_REQUESTS, "RATE_LIMITED"),
                Route.get("/api/hire/jobs/{id}/applications", RECRUITERS, "A post's applications: best score first, then oldest",
                        ctx -> {
                            Integer minScore = intQuery(ctx, "minScore");
                            var page = list.list(recruiter(ctx), Input.uuidPath(ctx, "id"),
                                    Input.enumQuery(ctx, "status", CandidateStatus.class), minScore, Input.limit(ctx),
                                    Input.cursor(ctx));
                            ctx.json(ListPage.of(page, ApplicationJson::of));
                        }).returns(Route.pageOf(ApplicationJson.class)).paged()
                        .query("status", CandidateStatus.class, "one candidate status, e.g. shortlisted")
                        .query("minScore", Integer.class, "at least this screening score (0-100)")
                        .error(ErrorKind.NOT_FOUND, HiringErrors.JOB_POST_NOT_FOUND),
                Route.get("/api/hire/applications/{id}", RECRUITERS,
                        "An application with analysis, screening, quizzes, transcript and history",
                        ctx -> ctx.json(ApplicationDetailsJson.of(show.show(recruiter(ctx), Input.uuidPath(ctx, "id")))))
                        .returns(ApplicationDetailsJson.class)
                        .error(ErrorKind.NOT_FOUND, HiringErrors.APPLICATION_NOT_FOUND),
                Route.get("/api/hire/applications/{id}/resume", RECRUITERS, "The stored resume file", ctx -> {
                    var file = readResume.read(recruiter(ctx), Input.uuidPath(ctx, "id"));
                    ctx.contentType(file.contentType());
                    ctx.header("Content-Disposition", "attachment");
                    ctx.header("X-Content-Type-Options", "nosniff");
                    ctx.result(file.content());
                }).returnsBytes("application/pdf").error(ErrorKind.NOT_FOUND, HiringErrors.APPLICATION_NOT_FOUND),
                Route.post("/api/hire/applications/{id}/status", RECRUITERS,
                        "Move an application by hand (reason required to reject)", ctx -> {
                            var body = Input.json(ctx, StatusBody.class);
                            var target = Input.requiredEnum(body.status(), "status", CandidateStatus.class);
                            new Validation().optionalText(body.reason(), "reason", 2_000).orThrow();
                            ctx.json(ApplicationJson.of(move.move(recruiter(ctx), Input.uuidPath(ctx, "id"), target,
                                    body.reason())));
                        }).withBody(StatusBody.class).returns(ApplicationJson.class)
                        .error(ErrorKind.NOT_FOUND, HiringErrors.APPLICATION_NOT_FOUND)
                        .error(ErrorKind.CONFLICT, HiringErrors.INVALID_TRANSITION),
                Route.post("/api/hire/applications/{id}/screen", RECRUITERS,
                        "Queue the resume analysis (a run already queued is not doubled)", ctx -> {
                            var application = screen.request(recruiter(ctx), Input.uuidPath(ctx, "id"));
                            ctx.status(202).json(ApplicationJson.of(application));
                        }).returns(202, ApplicationJson.class)
                        .error(ErrorKind.NOT_FOUND, HiringErrors.APPLICATION_NOT_FOUND)
                        .error(ErrorKind.CONFLICT, HiringErrors.INVALID_TRANSITION));
    }

    private void apply(Context ctx) {
        var postId = Input.uuidPath(ctx, "id");
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw new HttpResponseException(415, "An application is multipart/form-data.");
        }
        List<FieldError> errors = new ArrayList<>();
        String name = field(ctx, "name", errors);
        String email = field(ctx, "email", errors);
        String phone = field(ctx, "phone", errors);
        String coverNote = field(ctx, "coverNote", errors);
        if (!errors.isEmpty()) {
            throw Validation.invalid(errors);
        }
        UploadedFile file = ctx.uploadedFile("resume");
        byte[] resume = null;
        if (file != null) {
            try (InputStream in = file.content()) {
                resume = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxResumeBytes + 1));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try {
            var application = apply.apply(postId, new Apply.Command(name, email, phone, coverNote, resume,
                    addresses.of(ctx), Caller.platform(ctx)));
            ctx.status(201).json(AppliedJson.of(application));
        } catch (DuplicateApplicationException e) {
            Problem problem = ProblemResponses.fromRefusal(e, Caller.requestId(ctx));
            Map<String, Object> body = new LinkedHashMap<>(Json.mapper().convertValue(problem, Map.class));
            body.put("existingApplicationId", e.existingApplicationId());
            try {
                ctx.status(problem.status()).contentType(Problem.CONTENT_TYPE)
                        .result(Json.mapper().writeValueAsString(body));
            } catch (com.fasterxml.jackson.core.JsonProcessingException json) {
                throw new IllegalStateException("a problem body could not be written", json);
            }
        }
    }

    private static String field(Context ctx, String name, List<FieldError> errors) {
        String value = ctx.formParam(name);
        if (value != null && !PlainText.isPlain(value)) {
            errors.add(new FieldError(name, PlainText.MESSAGE));
            return null;
        }
        return value;
    }

    private static Integer intQuery(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(raw.trim());
        } catch (NumberFormatException e) {
            throw Validation.invalid(name, "must be a whole number");
        }
    }
}
