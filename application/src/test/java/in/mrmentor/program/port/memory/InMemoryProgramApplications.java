package in.mrmentor.program.port.memory;

import in.mrmentor.program.ApplicationStatus;
import in.mrmentor.program.ApplicationTransition;
import in.mrmentor.program.ProgramApplication;
import in.mrmentor.program.port.ProgramApplications;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;
import in.mrmentor.shared.port.memory.InMemoryTransactions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

public final class InMemoryProgramApplications implements ProgramApplications, InMemoryTransactions.Participant {
    private final Map<UUID, ProgramApplication> rows = new LinkedHashMap<>();
    private final List<ApplicationTransition> transitions = new ArrayList<>();

    @Override
    public synchronized boolean add(ProgramApplication application) {
        boolean openExists = rows.values().stream().anyMatch(a -> a.userId().equals(application.userId())
                && a.batchId().equals(application.batchId()) && a.status().isOpen());
        if (rows.containsKey(application.id()) || (openExists && application.status().isOpen())) {
            return false;
        }
        rows.put(application.id(), application);
        return true;
    }

    @Override
    public synchronized Optional<ProgramApplication> find(UUID id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public Optional<ProgramApplication> lock(UUID id) {
        return find(id);
    }

    @Override
    public synchronized void replace(ProgramApplication application) {
        rows.replace(application.id(), application);
    }

    @Override
    public synchronized void record(ApplicationTransition transition) {
        transitions.add(transition);
    }

    @Override
    public synchronized List<ApplicationTransition> history(UUID applicationId) {
        return transitions.stream().filter(t -> t.applicationId().equals(applicationId)).toList();
    }

    @Override
    public synchronized int seated(UUID batchId) {
        return (int) rows.values().stream().filter(a -> a.batchId().equals(batchId)
                && (a.status() == ApplicationStatus.BATCH_ALLOCATED || a.status() == ApplicationStatus.ENROLLED)).count();
    }

    @Override
    public synchronized List<ProgramApplication> ofUser(UUID userId) {
        return rows.values().stream().filter(a -> a.userId().equals(userId))
                .sorted(Comparator.comparing(ProgramApplication::createdAt).reversed()).toList();
    }

    @Override
    public synchronized List<ProgramApplication> page(UUID batchId, ApplicationStatus status, PageRequest<TimeKey> request) {
        return request.take(rows.values().stream().filter(a -> (batchId == null || a.batchId().equals(batchId))
                        && (status == null || a.status() == status)).toList(),
                a -> new TimeKey(a.createdAt(), a.id()), TimeKey.OLDEST_FIRST);
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<UUID, ProgramApplication> copy = new LinkedHashMap<>(rows);
        List<ApplicationTransition> steps = new ArrayList<>(transitions);
        return () -> {
            synchronized (this) {
                rows.clear();
                rows.putAll(copy);
                transitions.clear();
                transitions.addAll(steps);
            }
        };
    }
}
