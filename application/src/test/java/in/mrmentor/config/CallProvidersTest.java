package in.mrmentor.config;

import in.mrmentor.config.port.MrHire;
import in.mrmentor.config.port.memory.InMemorySystemConfigs;
import in.mrmentor.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link ListEnabledCallProviders} and {@link RefreshMrHireCallProviders} over the in-memory rows. */
class CallProvidersTest {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private final InMemorySystemConfigs configs = new InMemorySystemConfigs();
    private final ListEnabledCallProviders list = new ListEnabledCallProviders(configs);

    private void row(String key, String value, boolean secret, boolean active) {
        configs.add(new SystemConfig(UUID.randomUUID(), key, value, null, null, secret, active, T0, T0));
    }

    /** Records what it was told, or fails like a Mr. Hire that is down. */
    private static final class RecordingMrHire implements MrHire {
        final List<List<String>> told = new ArrayList<>();
        boolean down;

        @Override
        public boolean isConfigured() {
            return true;
        }

        @Override
        public void refreshCallProviders(List<String> providers) {
            if (down) {
                throw new MrHireUnavailable("HTTP 500");
            }
            told.add(providers);
        }
    }

    @Test
    void onlyActivePublicRowsSetToTrueNameAProvider() {
        row("call_provider_vapi_enabled", "true", false, true);
        row("call_provider_aarya_enabled", " TRUE ", false, true);
        row("call_provider_exotel_enabled", "false", false, true);
        row("call_provider_bland_enabled", "true", false, false);
        row("call_provider_retell_enabled", "true", true, true);
        row("call_provider__enabled_x", "true", false, true);
        row("feature_x_enabled", "true", false, true);

        assertThat(list.list()).containsExactly("aarya", "vapi");
    }

    @Test
    void noRowsNoProviders() {
        assertThat(list.list()).isEmpty();
    }

    @Test
    void aRefreshIsAJobAndTheJobSendsWhatIsEnabledWhenItRuns() {
        var mrHire = new RecordingMrHire();
        UUID job = UUID.randomUUID();
        var refresh = new RefreshMrHireCallProviders(mrHire, () -> job, list);

        assertThat(refresh.request()).isEqualTo(job);
        assertThat(mrHire.told).as("nothing is sent before the job runs").isEmpty();

        row("call_provider_aarya_enabled", "true", false, true);
        assertThat(refresh.push()).containsExactly("aarya");
        assertThat(mrHire.told).containsExactly(List.of("aarya"));
    }

    @Test
    void aFailedPushThrowsSoTheJobIsRetried() {
        var mrHire = new RecordingMrHire();
        mrHire.down = true;
        var refresh = new RefreshMrHireCallProviders(mrHire, UUID::randomUUID, list);

        assertThatThrownBy(refresh::push).isInstanceOf(MrHire.MrHireUnavailable.class);
    }

    @Test
    void withoutMrHireTheRequestIsNotConfiguredAndQueuesNothing() {
        List<UUID> queued = new ArrayList<>();
        var refresh = new RefreshMrHireCallProviders(MrHire.NOT_CONFIGURED, () -> {
            UUID id = UUID.randomUUID();
            queued.add(id);
            return id;
        }, list);

        assertThatThrownBy(refresh::request).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("INTEGRATION_NOT_CONFIGURED"));
        assertThat(queued).isEmpty();
    }
}
