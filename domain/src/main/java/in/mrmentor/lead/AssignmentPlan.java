package in.mrmentor.lead;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Which lead goes to whom under a strategy; pure, so it is tested without any storage. */
public final class AssignmentPlan {

    private AssignmentPlan() {
    }

    /**
     * @param openLoads open leads each assignee holds now (missing means 0)
     * @return lead id to assignee id, in the order of {@code leadIds}
     */
    public static Map<UUID, UUID> plan(AssignmentStrategy strategy, List<UUID> leadIds, List<UUID> assigneeIds,
                                       Map<UUID, Long> openLoads) {
        Objects.requireNonNull(strategy, "strategy");
        if (assigneeIds.isEmpty()) {
            throw new IllegalArgumentException("at least one assignee");
        }
        Map<UUID, UUID> plan = new LinkedHashMap<>();
        if (strategy == AssignmentStrategy.ROUND_ROBIN) {
            for (int i = 0; i < leadIds.size(); i++) {
                plan.put(leadIds.get(i), assigneeIds.get(i % assigneeIds.size()));
            }
            return plan;
        }
        long[] loads = new long[assigneeIds.size()];
        for (int i = 0; i < loads.length; i++) {
            loads[i] = openLoads.getOrDefault(assigneeIds.get(i), 0L);
        }
        for (UUID lead : leadIds) {
            int least = 0;
            for (int i = 1; i < loads.length; i++) {
                if (loads[i] < loads[least]) {
                    least = i;
                }
            }
            plan.put(lead, assigneeIds.get(least));
            loads[least]++;
        }
        return plan;
    }
}
