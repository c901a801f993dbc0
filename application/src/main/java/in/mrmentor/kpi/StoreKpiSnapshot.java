package in.mrmentor.kpi;

import in.mrmentor.kpi.port.KpiSnapshots;
import in.mrmentor.shared.port.Transactions;

import java.util.Objects;

/** Keeps a snapshot the recurring job took, so every process publishes it (see {@link KpiSnapshots}). */
public final class StoreKpiSnapshot {
    private final KpiSnapshots snapshots;
    private final Transactions transactions;

    public StoreKpiSnapshot(KpiSnapshots snapshots, Transactions transactions) {
        this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    public void store(KpiSnapshot snapshot) {
        transactions.run(() -> snapshots.save(snapshot));
    }
}
