package in.mrmentor.token;

import in.mrmentor.config.FeatureFlag;
import in.mrmentor.config.FeatureFlags;
import in.mrmentor.token.port.Ledger;

import java.time.Clock;
import java.util.UUID;

/**
 * Seed 003, journey 1: every new user gets their token accounts, and a student who signs up
 * themselves also gets the starter bundle while {@code ENABLE_STARTER_BUNDLE} is on. Runs inside
 * the transaction that creates the user, so a user never exists without a wallet.
 */
public final class OpenWallet {
    private final Ledger ledger;
    private final StarterBundle bundle;
    private final FeatureFlags flags;
    private final Clock clock;

    public OpenWallet(Ledger ledger, StarterBundle bundle, FeatureFlags flags, Clock clock) {
        this.ledger = ledger;
        this.bundle = bundle;
        this.flags = flags;
        this.clock = clock;
    }

    /** @param selfSignUp true for a student's own sign-up (accounts made by admins or the CLI get no bundle) */
    public WalletBalance open(UUID userId, boolean selfSignUp) {
        ledger.open(userId);
        var transfers = bundle.transfersFor(userId);
        if (selfSignUp && flags.isOn(FeatureFlag.STARTER_BUNDLE) && !transfers.isEmpty()) {
            ledger.post(transfers, clock.instant()).orElseThrow(refused -> refused.unexpected("issuing a starter bundle"));
        }
        return ledger.balances(userId);
    }
}
