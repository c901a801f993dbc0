package in.mrmentor.mail.port;

import in.mrmentor.mail.TemplateOverride;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What every adapter of {@link TemplateOverrides} must do. */
public abstract class TemplateOverridesContract {
    protected static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    protected TemplateOverrides overrides;

    protected abstract TemplateOverrides newOverrides();

    /** A user id the store accepts as the editor (PostgreSQL needs the users row). */
    protected abstract UUID anAdmin();

    @BeforeEach
    void fresh() {
        overrides = newOverrides();
    }

    @Test
    void aSavedOverrideReadsBackEqualAndASecondSaveReplacesIt() {
        UUID admin = anAdmin();
        var first = new TemplateOverride("slot-confirmed", "Booked {{start}}", "<p>{{name}}</p>", "Hi {{name}}", admin, NOW);
        overrides.save(first);
        assertThat(overrides.find("slot-confirmed")).contains(first);

        var second = new TemplateOverride("slot-confirmed", "Confirmed", null, "Hello", admin, NOW.plusSeconds(60));
        overrides.save(second);

        assertThat(overrides.find("slot-confirmed")).contains(second);
        assertThat(overrides.all()).containsExactly(second);
        assertThat(overrides.find("slot-cancelled")).isEmpty();
    }

    @Test
    void deletingRemovesOnlyThatOverrideAndSaysWhetherThereWasOne() {
        UUID admin = anAdmin();
        var b = new TemplateOverride("b", "B", null, "b", admin, NOW);
        var a = new TemplateOverride("a", "A", null, "a", admin, NOW);
        overrides.save(b);
        overrides.save(a);

        assertThat(overrides.delete("b")).isTrue();
        assertThat(overrides.delete("b")).isFalse();
        assertThat(overrides.all()).containsExactly(a);
    }
}
