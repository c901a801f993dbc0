package in.mrmentor.http.jobs;

import in.mrmentor.http.Access;
import in.mrmentor.http.Input;
import in.mrmentor.http.ListPage;
import in.mrmentor.http.Required;
import in.mrmentor.http.Route;
import in.mrmentor.http.RouteGroup;
import in.mrmentor.identity.Role;
import in.mrmentor.jobs.DeadJob;
import in.mrmentor.jobs.KnownQueues;
import in.mrmentor.jobs.ListDeadJobs;
import in.mrmentor.jobs.QueueDepths;
import in.mrmentor.jobs.QueueStats;
import in.mrmentor.jobs.port.QueueAdministration;
import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.ErrorKind;
import io.javalin.http.Context;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The ops view of background jobs (the seed's Bull Board, without a second login): counts per queue,
 * the dead jobs with their last error, and a retry button for each.
 */
public final class QueueRoutes implements RouteGroup {

    public record QueueJson(@Required String queue, long waiting, long running, long delayed, long dead) {
        static QueueJson of(QueueStats stats) {
            return new QueueJson(stats.type(), stats.waiting(), stats.running(), stats.delayed(), stats.dead());
        }
    }

    public record DeadJobJson(@Required UUID id, @Required String queue, String payload, int attempts, String lastError, Instant failedAt) {
        static DeadJobJson of(DeadJob job) {
            return new DeadJobJson(job.id(), job.type(), job.payload(), job.attempts(), job.lastError(), job.failedAt());
        }
    }

    /** What retrying a dead job answers. */
    public record RetriedJson(@Required UUID id, @Required String queue, boolean retried) {
    }

    private final QueueAdministration queue;
    private final KnownQueues known;
    private final QueueDepths depths;
    private final ListDeadJobs deadJobs;

    public QueueRoutes(QueueAdministration queue, ListDeadJobs deadJobs) {
        this.queue = queue;
        this.known = new KnownQueues(queue);
        this.depths = new QueueDepths(queue);
        this.deadJobs = deadJobs;
    }

    @Override
    public String tag() {
        return "Operations";
    }

    @Override
    public List<Route> routes() {
        Access admin = Access.roles(Role.ADMIN);
        return List.of(
                Route.get("/api/admin/queues", admin, "Jobs per queue: waiting, running, delayed, dead",
                        ctx -> ctx.json(new ListPage<>(depths.all().stream().map(QueueJson::of).toList(), null)))
                        .returns(Route.pageOf(QueueJson.class)),
                Route.get("/api/admin/queues/{queue}/dead", admin, "Dead jobs of a queue with their last error (?limit=&cursor=)",
                        ctx -> ctx.json(ListPage.of(deadJobs.page(queueName(ctx), Input.limit(ctx), Input.cursor(ctx)),
                                DeadJobJson::of)))
                        .returns(Route.pageOf(DeadJobJson.class)).paged().error(ErrorKind.NOT_FOUND, QUEUE_NOT_FOUND),
                Route.post("/api/admin/queues/{queue}/dead/{id}/retry", admin, "Run a dead job again with fresh attempts", ctx -> {
                    String name = queueName(ctx);
                    UUID id = Input.uuidPath(ctx, "id");
                    if (!queue.retryDead(name, id)) {
                        throw DomainException.notFound("JOB_NOT_FOUND", "No dead job with that id in this queue.");
                    }
                    ctx.json(new RetriedJson(id, name, true));
                }).returns(RetriedJson.class).error(ErrorKind.NOT_FOUND, QUEUE_NOT_FOUND)
                        .error(ErrorKind.NOT_FOUND, "JOB_NOT_FOUND"));
    }

    private static final String QUEUE_NOT_FOUND = "QUEUE_NOT_FOUND";

    /** An unknown queue is 404, like any unknown record (the seed listed no dead jobs for a typo). */
    private String queueName(Context ctx) {
        return known.require(ctx.pathParam("queue"));
    }

}
