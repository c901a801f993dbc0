package in.mrmentor.token.port.memory;

import in.mrmentor.shared.port.memory.InMemoryTransactions;
import in.mrmentor.shared.port.memory.PostgresOrder;
import in.mrmentor.token.ResumeReview;
import in.mrmentor.token.port.ResumeReviews;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

public final class InMemoryResumeReviews implements ResumeReviews, InMemoryTransactions.Participant {
    private final List<ResumeReview> rows = new ArrayList<>();

    @Override
    public synchronized void add(ResumeReview review) {
        rows.add(review);
    }

    @Override
    public synchronized List<ResumeReview> ofUser(UUID userId) {
        return rows.stream().filter(r -> r.userId().equals(userId))
                .sorted(Comparator.comparing(ResumeReview::createdAt).reversed()
                        .thenComparing(ResumeReview::id, PostgresOrder.UUIDS))
                .toList();
    }

    @Override
    public synchronized Runnable snapshot() {
        int size = rows.size();
        return () -> {
            synchronized (this) {
                rows.subList(size, rows.size()).clear();
            }
        };
    }
}
