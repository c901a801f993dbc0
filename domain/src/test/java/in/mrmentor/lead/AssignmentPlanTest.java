package in.mrmentor.lead;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class AssignmentPlanTest {
    private final UUID a = UUID.randomUUID();
    private final UUID b = UUID.randomUUID();
    private final UUID c = UUID.randomUUID();
    private final List<UUID> leads = IntStream.range(0, 7).mapToObj(i -> UUID.randomUUID()).toList();

    @Test
    void roundRobinDealsInTurn() {
        var plan = AssignmentPlan.plan(AssignmentStrategy.ROUND_ROBIN, leads, List.of(a, b, c), Map.of());
        assertThat(plan.values()).containsExactly(a, b, c, a, b, c, a);
    }

    @Test
    void leastLoadedFillsTheEmptiestFirst() {
        var plan = AssignmentPlan.plan(AssignmentStrategy.LEAST_LOADED, leads, List.of(a, b, c), Map.of(a, 5L, b, 1L));
        // c (0) first; then b and c tie in turn and the earlier assignee, b, wins each tie
        assertThat(plan.values()).containsExactly(c, b, c, b, c, b, c);
        assertThat(plan.values()).doesNotContain(a);
    }
}
