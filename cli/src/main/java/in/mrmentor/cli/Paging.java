package in.mrmentor.cli;

import in.mrmentor.shared.PageRequest;
import picocli.CommandLine.Option;

import java.io.PrintWriter;

/** {@code --limit} and {@code --cursor} of the list commands: the keyset pages of the HTTP API. */
final class Paging {

    @Option(names = "--limit", defaultValue = "50", description = "At most this many rows, 1 to 200 (default ${DEFAULT-VALUE}).")
    int limit = PageRequest.DEFAULT_LIMIT;

    @Option(names = "--cursor", description = "Continue after the previous page (the cursor it printed).")
    String cursor;

    /** The next page's cursor goes to stderr, so stdout stays the rows (or one JSON array) alone. */
    static void printNext(PrintWriter err, String nextCursor) {
        if (nextCursor != null) {
            err.println("More rows: add --cursor " + nextCursor);
        }
    }
}
