package in.mrmentor.bootstrap;

import in.mrmentor.http.RouteGroup;
import in.mrmentor.jobs.HandlerOptions;
import in.mrmentor.jobs.Housekeeping;
import in.mrmentor.jobs.port.JobWorkers;
import in.mrmentor.shared.port.HealthCheck;

import java.util.List;

/**
 * One bounded context's wiring: it builds the context's adapters and use cases from the
 * {@link Platform} in its constructor and tells the server what the context contributes. Reading
 * one module shows one context's whole wiring; the server only iterates the list of modules.
 */
public interface ContextModule {

    /** One worker, three attempts: what the recurring jobs run with. */
    HandlerOptions SINGLE_WORKER = HandlerOptions.of(1, 3);

    /** The route groups the context serves. */
    default List<RouteGroup> routes() {
        return List.of();
    }

    /** Registers the context's job handlers and recurring schedules; only a serving process calls it. */
    default void jobs(JobWorkers workers) {
    }

    /** Tasks of the recurring {@code cleanup} job, which runs every context's in one job. */
    default List<Housekeeping> housekeeping() {
        return List.of();
    }

    /** Data the context puts in place at start, before the server takes requests. */
    default void seed() {
    }

    /** Dependencies of the context's own that {@code /api/health} reports, beside the platform's. */
    default List<HealthCheck> health() {
        return List.of();
    }
}
