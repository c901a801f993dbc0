package in.mrmentor.persistence.hiring;

import in.mrmentor.hiring.port.CostLedger;
import in.mrmentor.hiring.port.CostLedgerContract;
import in.mrmentor.persistence.testing.FreshDatabase;
import in.mrmentor.shared.Platform;
import java.util.UUID;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiCostLedgerTest extends CostLedgerContract {
    @RegisterExtension
    final FreshDatabase database = new FreshDatabase();

    @Override
    protected CostLedger newLedger() {
        return new JdbiCostLedger(database.jdbi());
    }

    @Override
    protected UUID anApplication() {
        return HiringRows.application(database.jdbi(), HiringRows.post(database.jdbi(), Platform.MR_MENTOR));
    }
}
