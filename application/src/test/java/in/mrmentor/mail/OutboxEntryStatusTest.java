package in.mrmentor.mail;

import in.mrmentor.mail.OutboxEntry.Status;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxEntryStatusTest {
    private static final Map<Status, Set<Status>> ALLOWED = Map.of(
            Status.PENDING, EnumSet.of(Status.SENT, Status.KEPT, Status.FAILED),
            Status.FAILED, EnumSet.of(Status.SENT, Status.KEPT, Status.FAILED),
            Status.SENT, EnumSet.noneOf(Status.class),
            Status.KEPT, EnumSet.noneOf(Status.class));

    @ParameterizedTest
    @EnumSource(Status.class)
    void aMessageMovesOnlyAlongTheTable(Status from) {
        for (Status to : Status.values()) {
            assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(ALLOWED.get(from).contains(to));
        }
    }

    @ParameterizedTest
    @EnumSource(Status.class)
    void sentAndKeptAreSettled(Status status) {
        assertThat(status.isSettled()).isEqualTo(status == Status.SENT || status == Status.KEPT);
    }
}
