package in.mrmentor.persistence.invoice;

import in.mrmentor.invoice.port.GstStates;
import in.mrmentor.invoice.port.GstStatesContract;
import in.mrmentor.persistence.testing.FreshDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiGstStatesTest extends GstStatesContract {
    @RegisterExtension
    final FreshDatabase database = new FreshDatabase();

    @Override
    protected GstStates newStates() {
        return new JdbiGstStates(database.jdbi());
    }
}
