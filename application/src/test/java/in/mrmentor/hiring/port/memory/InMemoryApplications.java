package in.mrmentor.hiring.port.memory;

import in.mrmentor.hiring.CandidateStatus;
import in.mrmentor.hiring.HistoryEntry;
import in.mrmentor.hiring.JobApplication;
import in.mrmentor.hiring.PhoneNumber;
import in.mrmentor.hiring.ResumeAnalysis;
import in.mrmentor.hiring.ScreeningResult;
import in.mrmentor.hiring.port.Applications;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TextKey;
import in.mrmentor.shared.port.memory.InMemoryTransactions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

public final class InMemoryApplications implements Applications, InMemoryTransactions.Participant {
    private Map<UUID, JobApplication> rows = new LinkedHashMap<>();
    private Map<UUID, List<HistoryEntry>> histories = new HashMap<>();
    private Map<UUID, ResumeAnalysis> analyses = new HashMap<>();
    private Map<UUID, ScreeningResult> screenings = new HashMap<>();

    @Override
    public synchronized Optional<UUID> addUnlessDuplicate(JobApplication application, HistoryEntry first) {
        var duplicate = findDuplicate(application.jobPostId(), application.email(), application.phone());
        if (duplicate.isPresent()) {
            return duplicate;
        }
        rows.put(application.id(), application);
        histories.computeIfAbsent(application.id(), id -> new ArrayList<>()).add(first);
        return Optional.empty();
    }

    @Override
    public synchronized Optional<UUID> findDuplicate(UUID jobPostId, String email, PhoneNumber phone) {
        return rows.values().stream()
                .filter(a -> a.jobPostId().equals(jobPostId) && (a.email().equals(email) || a.phone().equals(phone)))
                .map(JobApplication::id).findFirst();
    }

    @Override
    public synchronized Optional<JobApplication> find(UUID id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public synchronized Optional<JobApplication> lock(UUID id) {
        return find(id);
    }

    @Override
    public synchronized void replace(JobApplication application) {
        rows.replace(application.id(), application);
    }

    @Override
    public synchronized void appendHistory(UUID applicationId, HistoryEntry entry) {
        histories.computeIfAbsent(applicationId, id -> new ArrayList<>()).add(entry);
    }

    @Override
    public synchronized List<HistoryEntry> history(UUID applicationId) {
        return List.copyOf(histories.getOrDefault(applicationId, List.of()));
    }

    @Override
    public synchronized List<JobApplication> listForPost(UUID jobPostId, CandidateStatus status, Integer minScore,
                                                         PageRequest<TextKey> page) {
        var matching = rows.values().stream()
                .filter(a -> a.jobPostId().equals(jobPostId))
                .filter(a -> status == null || a.status() == status)
                .filter(a -> minScore == null || (a.score() != null && a.score() >= minScore))
                .toList();
        return page.take(matching, a -> new TextKey(a.rankKey(), a.id()), TextKey.ASCENDING);
    }

    @Override
    public synchronized List<UUID> idsOfPost(UUID jobPostId) {
        return rows.values().stream().filter(a -> a.jobPostId().equals(jobPostId))
                .sorted(Comparator.comparing(JobApplication::createdAt)).map(JobApplication::id).toList();
    }

    @Override
    public synchronized void saveAnalysis(UUID applicationId, ResumeAnalysis analysis, Instant at) {
        analyses.put(applicationId, analysis);
    }

    @Override
    public synchronized Optional<ResumeAnalysis> latestAnalysis(UUID applicationId) {
        return Optional.ofNullable(analyses.get(applicationId));
    }

    @Override
    public synchronized void saveScreening(UUID applicationId, ScreeningResult result, Instant at) {
        screenings.put(applicationId, result);
    }

    @Override
    public synchronized Optional<ScreeningResult> latestScreening(UUID applicationId) {
        return Optional.ofNullable(screenings.get(applicationId));
    }

    @Override
    public synchronized Runnable snapshot() {
        var rowsCopy = new LinkedHashMap<>(rows);
        var historyCopy = new HashMap<UUID, List<HistoryEntry>>();
        histories.forEach((id, list) -> historyCopy.put(id, new ArrayList<>(list)));
        var analysesCopy = new HashMap<>(analyses);
        var screeningsCopy = new HashMap<>(screenings);
        return () -> {
            synchronized (this) {
                rows = rowsCopy;
                histories = historyCopy;
                analyses = analysesCopy;
                screenings = screeningsCopy;
            }
        };
    }
}
