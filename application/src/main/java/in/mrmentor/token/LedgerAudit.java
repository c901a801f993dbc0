package in.mrmentor.token;

import java.util.List;

/**
 * What {@code mas audit ledger} found: every stored balance that differs from the sum of its
 * account's entries, transfers whose two legs do not cancel, and the sum over every account (must be 0).
 */
public record LedgerAudit(long accountsChecked, long globalSum, List<Mismatch> mismatches,
                          List<String> unbalancedTransfers) {

    /** One account whose stored balance is not what its ledger entries add up to. */
    public record Mismatch(String account, long stored, long fromLedger) {
    }

    public LedgerAudit {
        mismatches = List.copyOf(mismatches);
        unbalancedTransfers = List.copyOf(unbalancedTransfers);
    }

    public boolean healthy() {
        return globalSum == 0 && mismatches.isEmpty() && unbalancedTransfers.isEmpty();
    }
}
