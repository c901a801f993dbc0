package in.mrmentor.hiring.port.memory;

import in.mrmentor.hiring.InterviewMessage;
import in.mrmentor.hiring.port.Interviews;
import in.mrmentor.shared.port.memory.InMemoryTransactions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

public final class InMemoryInterviews implements Interviews, InMemoryTransactions.Participant {
    private Set<String> events = new HashSet<>();
    private List<InterviewMessage> messages = new ArrayList<>();

    @Override
    public synchronized boolean recordEvent(String eventId, UUID applicationId, String type, Instant at) {
        return events.add(eventId);
    }

    @Override
    public synchronized void addMessage(InterviewMessage message) {
        messages.add(message);
    }

    @Override
    public synchronized List<InterviewMessage> transcript(UUID applicationId) {
        return messages.stream().filter(m -> m.applicationId().equals(applicationId))
                .sorted(Comparator.comparing(InterviewMessage::at).thenComparing(InterviewMessage::eventId)).toList();
    }

    @Override
    public synchronized Runnable snapshot() {
        var eventsCopy = new HashSet<>(events);
        var messagesCopy = new ArrayList<>(messages);
        return () -> {
            synchronized (this) {
                events = eventsCopy;
                messages = messagesCopy;
            }
        };
    }
}
