package in.mrmentor.token.port.memory;

import in.mrmentor.shared.port.memory.InMemoryTransactions;
import in.mrmentor.token.Grant;
import in.mrmentor.token.port.GrantAudit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

public final class InMemoryGrantAudit implements GrantAudit, InMemoryTransactions.Participant {

    public record Line(Grant grant, UUID grantedBy, Instant at) {
    }

    private final List<Line> lines = new ArrayList<>();

    @Override
    public synchronized void record(Grant grant, UUID grantedBy, Instant at) {
        lines.add(new Line(grant, grantedBy, at));
    }

    public synchronized List<Line> lines() {
        return List.copyOf(lines);
    }

    @Override
    public synchronized Runnable snapshot() {
        int size = lines.size();
        return () -> {
            synchronized (this) {
                lines.subList(size, lines.size()).clear();
            }
        };
    }
}
