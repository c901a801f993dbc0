package in.mrmentor.persistence.kpi;

import in.mrmentor.kpi.port.KpiSnapshots;
import in.mrmentor.kpi.port.KpiSnapshotsContract;
import in.mrmentor.persistence.testing.FreshDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiKpiSnapshotsTest extends KpiSnapshotsContract {
    @RegisterExtension
    final FreshDatabase database = new FreshDatabase();

    @Override
    protected KpiSnapshots newSnapshots() {
        return new JdbiKpiSnapshots(database.jdbi());
    }
}
