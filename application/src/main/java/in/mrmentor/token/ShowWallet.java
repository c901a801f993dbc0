package in.mrmentor.token;

import in.mrmentor.token.port.Ledger;

import java.util.UUID;

/** {@code GET /api/tokens/wallet}: the caller's three balances, read from the projection. */
public final class ShowWallet {
    private final Ledger ledger;

    public ShowWallet(Ledger ledger) {
        this.ledger = ledger;
    }

    public WalletBalance show(UUID userId) {
        return ledger.balances(userId);
    }
}
