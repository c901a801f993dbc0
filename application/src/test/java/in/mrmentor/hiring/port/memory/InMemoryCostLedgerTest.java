package in.mrmentor.hiring.port.memory;

import in.mrmentor.hiring.port.CostLedger;
import in.mrmentor.hiring.port.CostLedgerContract;
import java.util.UUID;

class InMemoryCostLedgerTest extends CostLedgerContract {
    @Override
    protected CostLedger newLedger() {
        return new InMemoryCostLedger();
    }

    @Override
    protected UUID anApplication() {
        return UUID.randomUUID();
    }
}
