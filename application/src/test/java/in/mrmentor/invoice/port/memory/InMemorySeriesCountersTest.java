package in.mrmentor.invoice.port.memory;

import in.mrmentor.invoice.port.SeriesCounters;
import in.mrmentor.invoice.port.SeriesCountersContract;
import in.mrmentor.shared.port.Transactions;
import in.mrmentor.shared.port.memory.InMemoryTransactions;

class InMemorySeriesCountersTest extends SeriesCountersContract {
    @Override
    protected SeriesCounters newCounters() {
        return new InMemorySeriesCounters();
    }

    @Override
    protected Transactions transactionsFor(SeriesCounters counters) {
        var tx = new InMemoryTransactions();
        tx.enlist((InMemorySeriesCounters) counters);
        return tx;
    }
}
