package in.mrmentor.http.hiring;

import static in.mrmentor.http.hiring.HiringRouteGroup.recruiter;

import in.mrmentor.hiring.ChangeJobStatus;
import in.mrmentor.hiring.EditJob;
import in.mrmentor.hiring.EmploymentType;
import in.mrmentor.hiring.HiringErrors;
import in.mrmentor.hiring.JobPostDetails;
import in.mrmentor.hiring.JobPostStatus;
import in.mrmentor.hiring.ListMyJobs;
import in.mrmentor.hiring.ListOpenJobs;
import in.mrmentor.hiring.PostJob;
import in.mrmentor.hiring.ShowJob;
import in.mrmentor.http.Access;
import in.mrmentor.http.Caller;
import in.mrmentor.http.Input;
import in.mrmentor.http.ListPage;
import in.mrmentor.http.Required;
import in.mrmentor.http.Route;
import in.mrmentor.http.hiring.HiringJson.JobJson;
import in.mrmentor.shared.ErrorKind;
import java.util.List;

/** Job posts: written by recruiters, moved through their lifecycle, listed publicly while active. */
public final class JobPostRoutes implements HiringRouteGroup {

    public record JobBody(String title, String description, String location, EmploymentType employmentType,
                          List<String> skills, Long salaryMinPaise, Long salaryMaxPaise, Integer screeningThreshold,
                          Boolean autoScreen) {
        public JobBody {
            details(title, description, location, employmentType, skills, salaryMinPaise, salaryMaxPaise,
                    screeningThreshold, autoScreen);
        }

        JobPostDetails details() {
            return details(title, description, location, employmentType, skills, salaryMinPaise, salaryMaxPaise,
                    screeningThreshold, autoScreen);
        }

        private static JobPostDetails details(String title, String description, String location, EmploymentType type,
                                              List<String> skills, Long min, Long max, Integer threshold, Boolean auto) {
            return new JobPostDetails(title, description, location, type, skills, min, max,
                    threshold == null ? JobPostDetails.DEFAULT_THRESHOLD : threshold, auto);
        }
    }

    public record StatusBody(@Required String status) {
    }

    private final PostJob postJob;
    private final EditJob editJob;
    private final ChangeJobStatus changeStatus;
    private final ShowJob showJob;
    private final ListOpenJobs listOpen;
    private final ListMyJobs listMine;

    public JobPostRoutes(PostJob postJob, EditJob editJob, ChangeJobStatus changeStatus, ShowJob showJob,
                         ListOpenJobs listOpen, ListMyJobs listMine) {
        this.postJob = postJob;
        this.editJob = editJob;
        this.changeStatus = changeStatus;
        this.showJob = showJob;
        this.listOpen = listOpen;
        this.listMine = listMine;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.post("/api/hire/jobs", RECRUITERS, "Write a job post (a draft in the caller's tenant)", ctx -> {
                    var body = Input.json(ctx, JobBody.class);
                    ctx.status(201).json(JobJson.of(postJob.post(recruiter(ctx), Caller.platform(ctx), body.details())));
                }).withBody(JobBody.class).returns(201, JobJson.class),
                Route.get("/api/hire/jobs", Access.anyone(), "The tenant's active posts, newest first", ctx -> {
                    var page = listOpen.list(Caller.platform(ctx), ctx.queryParam("q"), ctx.queryParam("skill"),
                            ctx.queryParam("location"), Input.limit(ctx), Input.cursor(ctx));
                    ctx.json(ListPage.of(page, JobJson::of));
                }).returns(Route.pageOf(JobJson.class)).paged()
                        .query("q", String.class, "text in the title or description")
                        .query("skill", String.class, "one skill the post asks for")
                        .query("location", String.class, "part of the location"),
                Route.get("/api/hire/jobs/mine", RECRUITERS, "The caller's posts (an admin's: all), newest first", ctx -> {
                    var page = listMine.list(recruiter(ctx), Input.enumQuery(ctx, "status", JobPostStatus.class),
                            Input.limit(ctx), Input.cursor(ctx));
                    ctx.json(ListPage.of(page, JobJson::of));
                }).returns(Route.pageOf(JobJson.class)).paged()
                        .query("status", JobPostStatus.class, "draft, active, paused or closed"),
                Route.get("/api/hire/jobs/{id}", Access.anyoneRecognisingUsers(), "One post: public while active; its owner and admins always",
                        ctx -> ctx.json(JobJson.of(showJob.show(HiringRouteGroup.optionalRecruiter(ctx),
                                Caller.platform(ctx), Input.uuidPath(ctx, "id")))))
                        .returns(JobJson.class).error(ErrorKind.NOT_FOUND, HiringErrors.JOB_POST_NOT_FOUND),
                Route.put("/api/hire/jobs/{id}", RECRUITERS, "Rewrite a post (not once closed)", ctx -> {
                    var body = Input.json(ctx, JobBody.class);
                    ctx.json(JobJson.of(editJob.edit(recruiter(ctx), Input.uuidPath(ctx, "id"), body.details())));
                }).withBody(JobBody.class).returns(JobJson.class)
                        .error(ErrorKind.NOT_FOUND, HiringErrors.JOB_POST_NOT_FOUND)
                        .error(ErrorKind.CONFLICT, HiringErrors.JOB_CLOSED),
                Route.post("/api/hire/jobs/{id}/status", RECRUITERS, "Move a post: draft -> active <-> paused, any -> closed",
                        ctx -> {
                            var body = Input.json(ctx, StatusBody.class);
                            var target = Input.requiredEnum(body.status(), "status", JobPostStatus.class);
                            ctx.json(JobJson.of(changeStatus.change(recruiter(ctx), Input.uuidPath(ctx, "id"), target)));
                        }).withBody(StatusBody.class).returns(JobJson.class)
                        .error(ErrorKind.NOT_FOUND, HiringErrors.JOB_POST_NOT_FOUND)
                        .error(ErrorKind.CONFLICT, HiringErrors.INVALID_TRANSITION));
    }
}
