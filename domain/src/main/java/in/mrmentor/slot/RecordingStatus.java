package in.mrmentor.slot;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** The meeting recording lifecycle (seed 003 {@code MeetingRecording}). */
public enum RecordingStatus {
    RECORDING,
    PROCESSING,
    UPLOADED,
    FAILED,
    DELETED;

    private static final Map<RecordingStatus, Set<RecordingStatus>> TRANSITIONS = new EnumMap<>(RecordingStatus.class);

    static {
        TRANSITIONS.put(RECORDING, EnumSet.of(PROCESSING, UPLOADED, FAILED, DELETED));
        TRANSITIONS.put(PROCESSING, EnumSet.of(UPLOADED, FAILED, DELETED));
        TRANSITIONS.put(UPLOADED, EnumSet.of(DELETED));
        TRANSITIONS.put(FAILED, EnumSet.of(DELETED));
        TRANSITIONS.put(DELETED, EnumSet.noneOf(RecordingStatus.class));
    }

    public boolean canMoveTo(RecordingStatus next) {
        return TRANSITIONS.get(this).contains(next);
    }
}
