package in.mrmentor.kpi.port.memory;

import in.mrmentor.kpi.port.KpiSnapshots;
import in.mrmentor.kpi.port.KpiSnapshotsContract;

class InMemoryKpiSnapshotsTest extends KpiSnapshotsContract {
    @Override
    protected KpiSnapshots newSnapshots() {
        return new InMemoryKpiSnapshots();
    }
}
