package in.mrmentor.cli;

import in.mrmentor.shared.ErrorKind;

/** The exit codes documented in {@code mas --help}. */
final class ExitCode {
    static final int OK = 0;
    static final int FAILURE = 1;
    static final int INVALID = 2;
    static final int NOT_FOUND = 3;
    static final int CONFLICT = 4;

    private ExitCode() {
    }

    static int of(ErrorKind kind) {
        return switch (kind) {
            case INVALID, UNPROCESSABLE -> INVALID;
            case NOT_FOUND -> NOT_FOUND;
            case CONFLICT -> CONFLICT;
            default -> FAILURE;
        };
    }
}
