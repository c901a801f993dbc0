package in.mrmentor.messaging.hiring;

import in.mrmentor.hiring.port.ScreeningQueue;
import in.mrmentor.jobs.NewJob;
import in.mrmentor.jobs.JobType;
import in.mrmentor.jobs.port.JobQueue;
import java.util.Objects;
import java.util.UUID;

/**
 * Queues an application's screening as a {@code resumeAnalysis} job whose payload is the application id
 * and whose de-duplication key makes a second request, while one waits or runs, a no-op.
 */
public final class JobQueueScreeningQueue implements ScreeningQueue {
    private final JobQueue queue;

    public JobQueueScreeningQueue(JobQueue queue) {
        this.queue = Objects.requireNonNull(queue, "queue");
    }

    @Override
    public void enqueue(UUID applicationId) {
        queue.enqueue(NewJob.of(JobType.RESUME_ANALYSIS, payloadFor(applicationId))
                .dedupedBy("application:" + applicationId));
    }

    static String payloadFor(UUID applicationId) {
        return "{\"applicationId\":\"" + applicationId + "\"}";
    }
}
