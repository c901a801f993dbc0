package in.mrmentor.lead.port;

import in.mrmentor.jobs.JobType;

import java.util.UUID;

/** Hands an import to the background ({@code leadImport} jobs). */
@FunctionalInterface
public interface ImportJobs {
    String TYPE = JobType.LEAD_IMPORT;

    void enqueue(UUID importId);
}
