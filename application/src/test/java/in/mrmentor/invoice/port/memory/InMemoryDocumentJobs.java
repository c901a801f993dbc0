package in.mrmentor.invoice.port.memory;

import in.mrmentor.invoice.port.DocumentJobs;
import in.mrmentor.shared.port.memory.InMemoryTransactions;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Remembers which documents were handed to the background, in order, rolled back with the unit. */
public final class InMemoryDocumentJobs implements DocumentJobs, InMemoryTransactions.Participant {
    private final Set<UUID> requested = new LinkedHashSet<>();

    @Override
    public synchronized void renderAndMail(UUID documentId) {
        requested.add(documentId);
    }

    public synchronized List<UUID> requested() {
        return List.copyOf(requested);
    }

    @Override
    public synchronized Runnable snapshot() {
        var copy = new LinkedHashSet<>(requested);
        return () -> {
            synchronized (this) {
                requested.clear();
                requested.addAll(copy);
            }
        };
    }
}
