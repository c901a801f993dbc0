package in.mrmentor.persistence.invoice;

import in.mrmentor.invoice.port.SeriesCounters;
import in.mrmentor.invoice.port.SeriesCountersContract;
import in.mrmentor.persistence.JdbiTransactions;
import in.mrmentor.persistence.testing.FreshDatabase;
import in.mrmentor.shared.port.Transactions;
import org.junit.jupiter.api.extension.RegisterExtension;

class JdbiSeriesCountersTest extends SeriesCountersContract {
    @RegisterExtension
    final FreshDatabase database = new FreshDatabase();

    @Override
    protected SeriesCounters newCounters() {
        return new JdbiSeriesCounters(database.jdbi());
    }

    @Override
    protected Transactions transactionsFor(SeriesCounters counters) {
        return new JdbiTransactions(database.jdbi());
    }
}
