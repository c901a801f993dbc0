package in.mrmentor.token;

import in.mrmentor.shared.Validation;

import in.mrmentor.config.FeatureFlag;
import in.mrmentor.config.FeatureFlags;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;
import in.mrmentor.token.port.AllotmentRequests;

import java.time.Clock;
import java.util.UUID;

/** A user asks an administrator for tokens ({@code ENABLE_TOKEN_REQUEST_FLOW}). */
public final class RequestTokens {

    public record Command(long amount, String reason, UUID batchId) {
        public Command {
            AllotmentRequest.check(new Validation(), amount, reason).orThrow();
        }
    }

    private final AllotmentRequests requests;
    private final FeatureFlags flags;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public RequestTokens(AllotmentRequests requests, FeatureFlags flags, Transactions transactions, Clock clock,
                         Ids ids) {
        this.requests = requests;
        this.flags = flags;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    public AllotmentRequest request(UUID userId, Command command) {
        requireFlowOn(flags);
        var request = AllotmentRequest.open(ids.next(), userId, command.amount(), command.reason(), command.batchId(),
                clock.instant());
        return transactions.inTransaction(() -> {
            requests.add(request);
            return request;
        });
    }

    static void requireFlowOn(FeatureFlags flags) {
        if (!flags.isOn(FeatureFlag.TOKEN_REQUEST_FLOW)) {
            throw TokenErrors.featureDisabled("The token request flow");
        }
    }
}
