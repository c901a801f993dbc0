package in.mrmentor.hiring.port;

import in.mrmentor.hiring.CostEntry;
import java.util.List;
import java.util.UUID;

/** What the AI stages cost (seed 003: pipeline_cost_ledger), appended once per call. */
public interface CostLedger {

    void add(CostEntry entry);

    /** The application's entries, oldest first. */
    List<CostEntry> ofApplication(UUID applicationId);
}
