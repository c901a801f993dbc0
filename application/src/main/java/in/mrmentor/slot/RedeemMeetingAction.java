package in.mrmentor.slot;

import in.mrmentor.identity.TokenDigest;
import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.port.Transactions;
import in.mrmentor.slot.port.MeetingActionTokens;

import java.time.Clock;

/**
 * Someone follows a one-time link from a meeting mail: the action runs as the user the link was
 * made for, once. An unknown, used or expired link is 404 {@code ACTION_LINK_INVALID}, whichever it
 * was, so a link cannot be probed.
 */
public final class RedeemMeetingAction {
    public static final String INVALID = "ACTION_LINK_INVALID";

    private final MeetingActionTokens tokens;
    private final RequestCancellation requestCancellation;
    private final Transactions transactions;
    private final Clock clock;

    public RedeemMeetingAction(MeetingActionTokens tokens, RequestCancellation requestCancellation,
                               Transactions transactions, Clock clock) {
        this.tokens = tokens;
        this.requestCancellation = requestCancellation;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Slot redeem(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 200) {
            throw invalid();
        }
        return transactions.inTransaction(() -> {
            var token = tokens.redeem(TokenDigest.sha256Hex(secret.strip()), clock.instant()).orElseThrow(
                    RedeemMeetingAction::invalid);
            return switch (token.action()) {
                case REQUEST_CANCELLATION -> requestCancellation.request(token.userId(), token.slotId(),
                        "Requested from the link in the confirmation mail.");
            };
        });
    }

    private static DomainException invalid() {
        return DomainException.notFound(INVALID, "This link is unknown, already used or expired.");
    }
}
