package in.mrmentor.lead;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** One failed row of an import: its line, the column at fault, why, and the row as it was sent. */
public record ImportError(UUID importId, long line, String column, String reason, List<String> values) {
    public ImportError {
        Objects.requireNonNull(importId, "importId");
        Objects.requireNonNull(reason, "reason");
        values = List.copyOf(values);
    }
}
