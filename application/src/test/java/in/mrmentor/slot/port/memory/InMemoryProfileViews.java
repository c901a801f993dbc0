package in.mrmentor.slot.port.memory;

import in.mrmentor.shared.port.memory.InMemoryTransactions;
import in.mrmentor.slot.port.ProfileViews;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

public final class InMemoryProfileViews implements ProfileViews, InMemoryTransactions.Participant {
    private record View(UUID mentorId, UUID viewerId, Instant at) {
    }

    private final List<View> views = new ArrayList<>();

    @Override
    public synchronized void record(UUID id, UUID mentorId, UUID viewerId, Instant at) {
        views.add(new View(mentorId, viewerId, at));
    }

    @Override
    public synchronized Stats stats(UUID mentorId, Instant from, Instant to, ZoneId zone) {
        var inRange = views.stream().filter(v -> v.mentorId().equals(mentorId))
                .filter(v -> !v.at().isBefore(from) && v.at().isBefore(to)).toList();
        TreeMap<LocalDate, Long> days = new TreeMap<>();
        inRange.forEach(v -> days.merge(LocalDate.ofInstant(v.at(), zone), 1L, Long::sum));
        return new Stats(inRange.size(), inRange.stream().map(View::viewerId).filter(Objects::nonNull).distinct().count(),
                days.entrySet().stream().map(e -> new Day(e.getKey(), e.getValue())).toList());
    }

    @Override
    public synchronized Runnable snapshot() {
        var copy = List.copyOf(views);
        return () -> {
            synchronized (this) {
                views.clear();
                views.addAll(copy);
            }
        };
    }
}
