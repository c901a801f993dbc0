package in.mrmentor.pap.port.memory;

import in.mrmentor.pap.PapStatus;
import in.mrmentor.pap.PapWorkflow;
import in.mrmentor.pap.WorkflowTransition;
import in.mrmentor.pap.port.PapWorkflows;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;
import in.mrmentor.shared.port.memory.InMemoryTransactions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

public final class InMemoryPapWorkflows implements PapWorkflows, InMemoryTransactions.Participant {
    private final Map<UUID, PapWorkflow> rows = new LinkedHashMap<>();
    private final List<WorkflowTransition> transitions = new ArrayList<>();

    @Override
    public synchronized boolean add(PapWorkflow workflow) {
        if (rows.containsKey(workflow.id())
                || rows.values().stream().anyMatch(w -> w.applicationId().equals(workflow.applicationId()))) {
            return false;
        }
        rows.put(workflow.id(), workflow);
        return true;
    }

    @Override
    public synchronized Optional<PapWorkflow> find(UUID id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public synchronized Optional<PapWorkflow> ofApplication(UUID applicationId) {
        return rows.values().stream().filter(w -> w.applicationId().equals(applicationId)).findFirst();
    }

    @Override
    public Optional<PapWorkflow> lock(UUID id) {
        return find(id);
    }

    @Override
    public synchronized Optional<PapWorkflow> lockByDocumentId(String documentId) {
        return rows.values().stream().filter(w -> documentId.equals(w.esignDocumentId())).findFirst();
    }

    @Override
    public synchronized void replace(PapWorkflow workflow) {
        if (workflow.feePaymentId() != null && rows.values().stream().anyMatch(w -> !w.id().equals(workflow.id())
                && Objects.equals(w.feePaymentId(), workflow.feePaymentId()))) {
            throw new IllegalStateException("receipt " + workflow.feePaymentId() + " paid another workflow");
        }
        rows.replace(workflow.id(), workflow);
    }

    @Override
    public synchronized boolean usesPayment(UUID paymentId) {
        return rows.values().stream().anyMatch(w -> paymentId.equals(w.feePaymentId()));
    }

    @Override
    public synchronized void record(WorkflowTransition transition) {
        transitions.add(transition);
    }

    @Override
    public synchronized List<WorkflowTransition> history(UUID workflowId) {
        return transitions.stream().filter(t -> t.workflowId().equals(workflowId)).toList();
    }

    @Override
    public synchronized List<PapWorkflow> ofUser(UUID userId) {
        return rows.values().stream().filter(w -> w.userId().equals(userId))
                .sorted(Comparator.comparing(PapWorkflow::createdAt).reversed()).toList();
    }

    @Override
    public synchronized List<PapWorkflow> page(PapStatus status, PageRequest<TimeKey> request) {
        return request.take(rows.values().stream().filter(w -> status == null || w.status() == status).toList(),
                w -> new TimeKey(w.createdAt(), w.id()), TimeKey.OLDEST_FIRST);
    }

    @Override
    public synchronized Runnable snapshot() {
        Map<UUID, PapWorkflow> copy = new LinkedHashMap<>(rows);
        List<WorkflowTransition> steps = new ArrayList<>(transitions);
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
