package in.mrmentor.token;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What a new student receives at sign-up when {@code ENABLE_STARTER_BUNDLE} is on (seed 000):
 * {@code STARTER_BUNDLE_MOCK} promotional tokens (for mock interviews) and {@code STARTER_BUNDLE_RESUME}
 * resume-review tokens. Zero of either gives nothing of that kind.
 */
public record StarterBundle(long promotional, long resume) {
    public static final long DEFAULT_MOCK = 1;
    public static final long DEFAULT_RESUME = 1;

    public StarterBundle {
        if (promotional < 0 || resume < 0) {
            throw new IllegalArgumentException("a starter bundle gives zero or more tokens");
        }
    }

    public List<Transfer> transfersFor(UUID userId) {
        List<Transfer> transfers = new ArrayList<>(2);
        String reference = "starter:" + userId;
        if (promotional > 0) {
            transfers.add(new Transfer(SystemAccount.ISSUANCE, new UserAccount(userId, Wallet.PROMOTIONAL_TOKEN),
                    promotional, MovementKind.STARTER_BUNDLE, reference));
        }
        if (resume > 0) {
            transfers.add(new Transfer(SystemAccount.ISSUANCE, new UserAccount(userId, Wallet.RESUME_TOKEN),
                    resume, MovementKind.STARTER_BUNDLE, reference));
        }
        return List.copyOf(transfers);
    }
}
