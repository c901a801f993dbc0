package in.mrmentor.persistence.identity;

import in.mrmentor.identity.port.RequestCounters;
import in.mrmentor.identity.port.RequestCountersContract;
import in.mrmentor.persistence.testing.FreshDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiRequestCountersTest extends RequestCountersContract {
    @RegisterExtension
    final FreshDatabase database = new FreshDatabase();

    @Override
    protected RequestCounters newCounters() {
        return new JdbiRequestCounters(database.jdbi());
    }
}
