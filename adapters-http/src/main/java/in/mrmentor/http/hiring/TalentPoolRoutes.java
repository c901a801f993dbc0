package in.mrmentor.http.hiring;

import static in.mrmentor.http.hiring.HiringRouteGroup.recruiter;

import in.mrmentor.hiring.BrowseTalentPool;
import in.mrmentor.hiring.FindSalaryBenchmark;
import in.mrmentor.hiring.HiringErrors;
import in.mrmentor.hiring.ListMatches;
import in.mrmentor.hiring.SalaryBenchmark;
import in.mrmentor.hiring.ReceiveInterviewEvent;
import in.mrmentor.http.Access;
import in.mrmentor.http.Caller;
import in.mrmentor.http.Input;
import in.mrmentor.http.ListPage;
import in.mrmentor.http.Route;
import in.mrmentor.http.hiring.HiringJson.MatchJson;
import in.mrmentor.http.hiring.HiringJson.PoolEntryJson;
import in.mrmentor.shared.ErrorKind;
import java.util.List;

/** The shared talent pool, a post's matches, salary benchmarks, and the voice-interview provider's webhook. */
public final class TalentPoolRoutes implements HiringRouteGroup {
    public static final String SIGNATURE_HEADER = "X-Signature";

    public record BenchmarkJson(String role, String location, long p25Paise, long p50Paise, long p75Paise,
                                int sampleSize, String source) {
        static BenchmarkJson of(SalaryBenchmark b) {
            return new BenchmarkJson(b.role(), b.location(), b.p25Paise(), b.p50Paise(), b.p75Paise(), b.sampleSize(),
                    b.source());
        }
    }

    public record EventReceivedJson(boolean recorded) {
    }

    private final BrowseTalentPool pool;
    private final ListMatches matches;
    private final FindSalaryBenchmark benchmarks;
    private final ReceiveInterviewEvent interviewEvents;

    public TalentPoolRoutes(BrowseTalentPool pool, ListMatches matches, FindSalaryBenchmark benchmarks,
                            ReceiveInterviewEvent interviewEvents) {
        this.pool = pool;
        this.matches = matches;
        this.benchmarks = benchmarks;
        this.interviewEvents = interviewEvents;
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.get("/api/hire/talent-pool", RECRUITERS, "The tenant's talent pool (skills and scores, no contact details)",
                        ctx -> ctx.json(ListPage.of(pool.list(Caller.platform(ctx), ctx.queryParam("skill"),
                                Input.limit(ctx), Input.cursor(ctx)), PoolEntryJson::of)))
                        .returns(Route.pageOf(PoolEntryJson.class)).paged()
                        .query("skill", String.class, "only candidates with this skill"),
                Route.get("/api/hire/jobs/{id}/matches", RECRUITERS, "Talent-pool matches for the post, best first",
                        ctx -> ctx.json(matches.list(recruiter(ctx), Input.uuidPath(ctx, "id")).stream()
                                .map(MatchJson::of).toList()))
                        .returns(Route.listOf(MatchJson.class))
                        .error(ErrorKind.NOT_FOUND, HiringErrors.JOB_POST_NOT_FOUND),
                Route.get("/api/hire/salary-benchmarks", RECRUITERS, "The salary benchmark of a role in a location",
                        ctx -> ctx.json(BenchmarkJson.of(benchmarks.find(ctx.queryParam("role"),
                                ctx.queryParam("location")))))
                        .returns(BenchmarkJson.class)
                        .query("role", String.class, "the role, e.g. Backend Engineer")
                        .query("location", String.class, "the location, e.g. Bengaluru")
                        .error(ErrorKind.NOT_FOUND, HiringErrors.SALARY_BENCHMARK_NOT_FOUND),
                Route.post("/api/hire/voice-interviews/events", Access.anyone(),
                        "Voice-interview provider events, signed by X-Signature (hex HMAC-SHA256 of the body)", ctx -> {
                            boolean recorded = interviewEvents.receive(Input.bodyBytes(ctx), ctx.header(SIGNATURE_HEADER));
                            ctx.json(new EventReceivedJson(recorded));
                        }).withRawBody("application/json").returns(EventReceivedJson.class)
                        .error(ErrorKind.UNAUTHENTICATED, HiringErrors.INVALID_SIGNATURE)
                        .error(ErrorKind.NOT_FOUND, HiringErrors.APPLICATION_NOT_FOUND)
                        .error(ErrorKind.UNAVAILABLE, HiringErrors.INTEGRATION_NOT_CONFIGURED));
    }
}
