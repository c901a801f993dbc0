package in.mrmentor.slot.port;

import in.mrmentor.slot.EarlyCompletion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every adapter of {@link EarlyCompletions} must do. */
public abstract class EarlyCompletionsContract {
    protected static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    protected EarlyCompletions completions;

    protected abstract EarlyCompletions newCompletions();

    /** A user id the store accepts (PostgreSQL needs the users row). */
    protected abstract UUID aUser();

    /** A slot id the store accepts (PostgreSQL needs the slots row). */
    protected abstract UUID aSlot();

    @BeforeEach
    void freshStore() {
        completions = newCompletions();
    }

    @Test
    void aRecordedReasonReadsBackForItsSlotOnly() {
        var early = new EarlyCompletion(aSlot(), aUser(), "Met earlier by phone", NOW);

        completions.record(early);

        assertThat(completions.forSlot(early.slotId())).contains(early);
        assertThat(completions.forSlot(aSlot())).isEmpty();
    }

    @Test
    void aSlotIsCompletedEarlyAtMostOnce() {
        UUID slot = aSlot();
        completions.record(new EarlyCompletion(slot, aUser(), "first", NOW));

        assertThatThrownBy(() -> completions.record(new EarlyCompletion(slot, aUser(), "second", NOW)))
                .isInstanceOf(RuntimeException.class);
        assertThat(completions.forSlot(slot).orElseThrow().reason()).isEqualTo("first");
    }
}
