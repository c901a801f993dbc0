package in.mrmentor.slot;

/** What a meeting log line records (seed 003 {@code MeetingLogs}). */
public enum MeetingAction {
    JOIN,
    LEAVE,
    END
}
