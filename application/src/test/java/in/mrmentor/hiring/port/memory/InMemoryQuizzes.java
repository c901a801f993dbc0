package in.mrmentor.hiring.port.memory;

import in.mrmentor.hiring.QuizInvitation;
import in.mrmentor.hiring.QuizTemplate;
import in.mrmentor.hiring.port.Quizzes;
import in.mrmentor.shared.port.memory.InMemoryTransactions;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

public final class InMemoryQuizzes implements Quizzes, InMemoryTransactions.Participant {
    private Map<UUID, QuizTemplate> templates = new LinkedHashMap<>();
    private Map<UUID, QuizInvitation> invitations = new LinkedHashMap<>();

    @Override
    public synchronized void addTemplate(QuizTemplate template) {
        templates.put(template.id(), template);
    }

    @Override
    public synchronized Optional<QuizTemplate> template(UUID id) {
        return Optional.ofNullable(templates.get(id));
    }

    @Override
    public synchronized List<QuizTemplate> templates(UUID ownerId) {
        return templates.values().stream().filter(t -> ownerId == null || t.ownerId().equals(ownerId))
                .sorted(Comparator.comparing(QuizTemplate::createdAt).reversed()).toList();
    }

    @Override
    public synchronized boolean anyTemplate() {
        return !templates.isEmpty();
    }

    @Override
    public synchronized void addInvitation(QuizInvitation invitation) {
        invitations.put(invitation.id(), invitation);
    }

    @Override
    public synchronized Optional<QuizInvitation> lockInvitation(UUID id) {
        return Optional.ofNullable(invitations.get(id));
    }

    @Override
    public synchronized void replaceInvitation(QuizInvitation invitation) {
        invitations.replace(invitation.id(), invitation);
    }

    @Override
    public synchronized List<QuizInvitation> invitationsOf(UUID applicationId) {
        return invitations.values().stream().filter(i -> i.applicationId().equals(applicationId))
                .sorted(Comparator.comparing(QuizInvitation::createdAt)).toList();
    }

    @Override
    public synchronized Runnable snapshot() {
        var templatesCopy = new LinkedHashMap<>(templates);
        var invitationsCopy = new LinkedHashMap<>(invitations);
        return () -> {
            synchronized (this) {
                templates = templatesCopy;
                invitations = invitationsCopy;
            }
        };
    }
}
