package in.mrmentor.token;

import in.mrmentor.token.port.Ledger;

/** {@code mas audit ledger}: recompute every balance from the ledger and report what disagrees. */
public final class AuditLedger {
    private final Ledger ledger;

    public AuditLedger(Ledger ledger) {
        this.ledger = ledger;
    }

    public LedgerAudit audit() {
        return ledger.audit();
    }
}
