package in.mrmentor.token;

import in.mrmentor.notification.Notice;
import in.mrmentor.notification.NotificationType;
import in.mrmentor.notification.Notifier;
import in.mrmentor.config.FeatureFlags;
import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Transactions;
import in.mrmentor.token.port.AllotmentRequests;
import in.mrmentor.token.port.Ledger;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * An administrator approves (crediting the tokens) or rejects a pending request, once. The request row
 * is locked first, so two admins deciding at the same moment get one decision and one 409.
 */
public final class DecideTokenRequest {

    public record Command(AllotmentStatus outcome, String note) {
        public Command {
            if (outcome == null || outcome == AllotmentStatus.PENDING) {
                throw new IllegalArgumentException("a decision approves or rejects");
            }
            new Validation().optionalText(note, "note", AllotmentRequest.MAX_NOTE_LENGTH).orThrow();
        }
    }

    private final AllotmentRequests requests;
    private final Ledger ledger;
    private final FeatureFlags flags;
    private final Notifier notifier;
    private final Transactions transactions;
    private final Clock clock;

    public DecideTokenRequest(AllotmentRequests requests, Ledger ledger, FeatureFlags flags, Notifier notifier, Transactions transactions,
                              Clock clock) {
        this.requests = requests;
        this.ledger = ledger;
        this.flags = flags;
        this.notifier = notifier;
        this.transactions = transactions;
        this.clock = clock;
    }

    public AllotmentRequest decide(UUID admin, UUID requestId, Command command) {
        RequestTokens.requireFlowOn(flags);
        return transactions.inTransaction(() -> {
            var request = requests.lock(requestId).orElseThrow(TokenErrors::requestNotFound);
            var now = clock.instant();
            var decided = request.decide(command.outcome(), admin, command.note(), now);
            if (decided.status() == AllotmentStatus.APPROVED) {
                ledger.post(List.of(decided.credit()), now).orElseThrow(refused -> refused.unexpected("a credit"));
            }
            requests.replace(decided);
            boolean approved = decided.status() == AllotmentStatus.APPROVED;
            notifier.notify(new Notice(decided.userId(), approved ? NotificationType.TOKEN_REQUEST_APPROVED
                    : NotificationType.TOKEN_REQUEST_REJECTED, approved ? "Token request approved" : "Token request rejected",
                    "Your request for " + decided.amount() + " tokens was " + (approved ? "approved" : "rejected") + ".",
                    "/tokens/wallet"));
            return decided;
        });
    }
}
