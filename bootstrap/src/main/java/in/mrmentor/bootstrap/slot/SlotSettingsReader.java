package in.mrmentor.bootstrap.slot;

import in.mrmentor.bootstrap.settings.EnvVar;
import in.mrmentor.bootstrap.settings.Secret;
import in.mrmentor.bootstrap.settings.SettingsProblems;
import in.mrmentor.slot.JoinWindow;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Reads {@link SlotSettings}; every value has the seed's default. */
public final class SlotSettingsReader {

    private SlotSettingsReader() {
    }

    public static SlotSettings read(Map<String, String> env, SettingsProblems problems) {
        int buffer = problems.integer(env, EnvVar.MEETING_JOIN_BUFFER_MINUTES, 5, 0, 24 * 60);
        boolean early = problems.bool(env, EnvVar.ALLOW_EARLY_MEETING_JOIN, false);
        int maxRequests = problems.integer(env, EnvVar.MAX_SLOT_REQUESTS, 5, 1, 1000);
        return new SlotSettings(new JoinWindow(Duration.ofMinutes(buffer), early), maxRequests,
                text(env, EnvVar.MEETING_URL_BASE, SlotSettings.DEFAULT_MEETING_URL_BASE),
                text(env, EnvVar.MEETING_ACTION_URL_BASE, SlotSettings.DEFAULT_ACTION_URL_BASE),
                problems.integer(env, EnvVar.MAX_RECORDING_MB, 2048, 1, 1024 * 1024) * 1024L * 1024L,
                Optional.ofNullable(env.get(EnvVar.LIVEKIT_WEBHOOK_SECRET.name()))
                        .filter(value -> !value.isBlank()).map(Secret::new),
                maxFreeMeetings(env, problems));
    }

    private static OptionalInt maxFreeMeetings(Map<String, String> env, SettingsProblems problems) {
        String raw = env.get(EnvVar.MAX_FREE_MEETINGS_PER_STUDENT.name());
        return raw == null || raw.isBlank() ? OptionalInt.empty()
                : OptionalInt.of(problems.integer(env, EnvVar.MAX_FREE_MEETINGS_PER_STUDENT, 0, 0, 100_000));
    }

    private static String text(Map<String, String> env, EnvVar var, String fallback) {
        String value = env.get(var.name());
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
