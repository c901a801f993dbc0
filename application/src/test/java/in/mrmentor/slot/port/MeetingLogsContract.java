package in.mrmentor.slot.port;

import in.mrmentor.slot.MeetingAction;
import in.mrmentor.slot.MeetingLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What every adapter of {@link MeetingLogs} must do. */
public abstract class MeetingLogsContract {
    protected static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    protected MeetingLogs logs;

    protected abstract MeetingLogs newLogs();

    /** A user id the store accepts (PostgreSQL needs the users row). */
    protected abstract UUID aUser();

    /** A slot id the store accepts (PostgreSQL needs the slots row). */
    protected abstract UUID aSlot();

    @BeforeEach
    void freshLogs() {
        logs = newLogs();
    }

    private static MeetingLog log(UUID slot, UUID user, MeetingAction action, Instant at) {
        return new MeetingLog(UUID.randomUUID(), slot, user, action, at);
    }

    @Test
    void aSlotsLogReadsBackInTimeOrderWhateverTheOrderOfAppending() {
        UUID slot = aSlot();
        UUID student = aUser();
        var end = log(slot, null, MeetingAction.END, NOW.plus(Duration.ofHours(1)));
        var join = log(slot, student, MeetingAction.JOIN, NOW);
        var leave = log(slot, student, MeetingAction.LEAVE, NOW.plus(Duration.ofMinutes(50)));

        logs.append(end);
        logs.append(join);
        logs.append(leave);

        assertThat(logs.forSlot(slot)).containsExactly(join, leave, end);
    }

    @Test
    void aSlotSeesOnlyItsOwnLinesAndAQuietSlotHasNone() {
        UUID slot = aSlot();
        UUID other = aSlot();
        var mine = log(slot, aUser(), MeetingAction.JOIN, NOW);
        logs.append(mine);
        logs.append(log(other, aUser(), MeetingAction.JOIN, NOW));

        assertThat(logs.forSlot(slot)).containsExactly(mine);
        assertThat(logs.forSlot(aSlot())).isEmpty();
    }
}
