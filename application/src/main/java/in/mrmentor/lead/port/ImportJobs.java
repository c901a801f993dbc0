package in.mrmentor.lead.port;

import java.util.UUID;

/** Hands an import to the background ({@code leadImport} jobs). */
@FunctionalInterface
public interface ImportJobs {
    void enqueue(UUID importId);
}
