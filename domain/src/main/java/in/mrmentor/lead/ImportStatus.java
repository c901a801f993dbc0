package in.mrmentor.lead;

/** A lead import's progress: QUEUED -> RUNNING -> DONE | FAILED; a crashed run resumes from RUNNING. */
public enum ImportStatus {
    QUEUED,
    RUNNING,
    DONE,
    FAILED;

    public boolean canMoveTo(ImportStatus target) {
        return switch (this) {
            case QUEUED -> target == RUNNING || target == FAILED;
            case RUNNING -> target == DONE || target == FAILED;
            case DONE, FAILED -> false;
        };
    }

    public boolean isFinished() {
        return this == DONE || this == FAILED;
    }
}
