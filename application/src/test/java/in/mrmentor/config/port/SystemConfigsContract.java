package in.mrmentor.config.port;

import in.mrmentor.shared.PageWalk;
import in.mrmentor.config.ListConfigs;
import in.mrmentor.config.ConfigEntry;
import java.util.ArrayList;
import java.util.List;
import in.mrmentor.config.SystemConfig;
import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.port.Transactions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every adapter of {@link SystemConfigs} must do. Each adapter's test extends this class and
 * supplies a fresh, empty store and the {@link Transactions} of the same family.
 */
public abstract class SystemConfigsContract {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    protected SystemConfigs configs;
    protected Transactions transactions;

    protected abstract SystemConfigs newConfigs();

    protected abstract Transactions transactionsFor(SystemConfigs configs);

    @BeforeEach
    void freshStore() {
        configs = newConfigs();
        transactions = transactionsFor(configs);
    }

    static SystemConfig row(String key, String value) {
        return new SystemConfig(UUID.randomUUID(), key, value, "Label " + key, "About " + key, false, true, T0, T0);
    }

    @Test
    void anAddedRowIsFoundByKeyAndById() {
        var row = row("global_auto_screen_on_apply", "true");
        configs.add(row);

        assertThat(configs.findByKey("global_auto_screen_on_apply")).contains(row);
        assertThat(configs.findById(row.id())).contains(row);
    }

    @Test
    void keysAreExact() {
        configs.add(row("feature.x", "1"));

        assertThat(configs.findByKey("FEATURE.X")).isEmpty();
        assertThat(configs.findByKey("feature")).isEmpty();
    }

    @Test
    void allRowsComeOrderedByKey() {
        configs.add(row("b_key", "2"));
        configs.add(row("a_key", "1"));
        configs.add(row("c_key", "3"));

        assertThat(configs.all()).extracting(SystemConfig::key).containsExactly("a_key", "b_key", "c_key");
    }

    @Test
    void aSecondRowWithTheSameKeyIsRefused() {
        configs.add(row("dup", "1"));

        assertThatThrownBy(() -> transactions.run(() -> configs.add(row("dup", "2"))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("CONFIG_KEY_TAKEN"));
        assertThat(configs.findByKey("dup")).get().extracting(SystemConfig::storedValue).isEqualTo("1");
    }

    @Test
    void replaceChangesEverythingButIdentityAndCreationTime() {
        var row = row("k", "old");
        configs.add(row);
        var later = T0.plus(1, ChronoUnit.HOURS);

        boolean replaced = configs.replace(row.withChanges("new", "L", "D", true, false, later));

        assertThat(replaced).isTrue();
        var stored = configs.findById(row.id()).orElseThrow();
        assertThat(stored.storedValue()).isEqualTo("new");
        assertThat(stored.label()).isEqualTo("L");
        assertThat(stored.description()).isEqualTo("D");
        assertThat(stored.secret()).isTrue();
        assertThat(stored.active()).isFalse();
        assertThat(stored.createdAt()).isEqualTo(T0);
        assertThat(stored.updatedAt()).isEqualTo(later);
    }

    @Test
    void replacingOrRemovingAMissingRowReportsFalse() {
        var ghost = row("ghost", "x");

        assertThat(configs.replace(ghost)).isFalse();
        assertThat(configs.remove(ghost.id())).isFalse();
    }

    @Test
    void aRemovedRowIsGone() {
        var row = row("gone", "x");
        configs.add(row);

        assertThat(configs.remove(row.id())).isTrue();

        assertThat(configs.findByKey("gone")).isEmpty();
        assertThat(configs.all()).isEmpty();
    }

    @Test
    void nullableTextSurvivesTheRoundTrip() {
        var row = new SystemConfig(UUID.randomUUID(), "bare", "", null, null, false, true, T0, T0);
        configs.add(row);

        assertThat(configs.findByKey("bare")).contains(row);
    }

    @Test
    void aFailedUnitOfWorkLeavesNothingBehind() {
        configs.add(row("kept", "1"));

        assertThatThrownBy(() -> transactions.run(() -> {
            configs.add(row("written_then_undone", "x"));
            configs.remove(configs.findByKey("kept").orElseThrow().id());
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(configs.findByKey("written_then_undone")).isEmpty();
        assertThat(configs.findByKey("kept")).isPresent();
    }

    @Test
    void nestedUnitsJoinTheOuterOne() {
        assertThatThrownBy(() -> transactions.run(() -> {
            transactions.run(() -> configs.add(row("inner", "1")));
            throw new IllegalStateException("outer fails");
        })).hasMessage("outer fails");

        assertThat(configs.findByKey("inner")).isEmpty();
    }

    @Test
    void pagingThroughTheRowsSeesEveryRowOnceWhileRowsAreAdded() {
        List<UUID> rows = new ArrayList<>();
        for (String key : List.of("b_key", "d_key", "f_key", "h_key", "j_key")) {
            var config = row(key, "v");
            configs.add(config);
            rows.add(config.id());
        }
        String[] keys = {"a_key", "c_key", "z_key", "e_key", "k_key", "g_key", "y_key"};
        int[] added = {0};
        Runnable oneMore = () -> configs.add(row(keys[added[0]++], "v"));

        var list = new ListConfigs(configs);
        assertThat(PageWalk.of(cursor -> list.page(2, cursor), oneMore).seenAs(ConfigEntry::id)).containsAll(rows);
    }
}
