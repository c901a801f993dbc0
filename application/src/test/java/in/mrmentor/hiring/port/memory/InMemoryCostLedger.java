package in.mrmentor.hiring.port.memory;

import in.mrmentor.hiring.CostEntry;
import in.mrmentor.hiring.port.CostLedger;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

public final class InMemoryCostLedger implements CostLedger {
    private final List<CostEntry> entries = new CopyOnWriteArrayList<>();

    @Override
    public void add(CostEntry entry) {
        entries.add(entry);
    }

    @Override
    public List<CostEntry> ofApplication(UUID applicationId) {
        return entries.stream().filter(e -> applicationId.equals(e.applicationId())).toList();
    }
}
