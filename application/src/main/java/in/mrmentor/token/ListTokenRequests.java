package in.mrmentor.token;

import in.mrmentor.config.FeatureFlags;
import in.mrmentor.token.port.AllotmentRequests;

import java.util.List;

/** Administrators see token requests, newest first, optionally of one status. */
public final class ListTokenRequests {
    public static final int LIMIT = 200;

    private final AllotmentRequests requests;
    private final FeatureFlags flags;

    public ListTokenRequests(AllotmentRequests requests, FeatureFlags flags) {
        this.requests = requests;
        this.flags = flags;
    }

    /** @param status null for every status */
    public List<AllotmentRequest> list(AllotmentStatus status) {
        RequestTokens.requireFlowOn(flags);
        return requests.list(status, LIMIT);
    }
}
