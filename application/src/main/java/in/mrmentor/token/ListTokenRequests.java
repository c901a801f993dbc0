package in.mrmentor.token;

import in.mrmentor.config.FeatureFlags;
import in.mrmentor.shared.Keyset;
import in.mrmentor.shared.Page;
import in.mrmentor.shared.TimeKey;
import in.mrmentor.token.port.AllotmentRequests;

/** Administrators see token requests, newest first, optionally of one status, a page at a time. */
public final class ListTokenRequests {
    private static final Keyset<AllotmentRequest, TimeKey> NEWEST_FIRST =
            Keyset.byTime("token-requests", request -> new TimeKey(request.createdAt(), request.id()));

    private final AllotmentRequests requests;
    private final FeatureFlags flags;

    public ListTokenRequests(AllotmentRequests requests, FeatureFlags flags) {
        this.requests = requests;
        this.flags = flags;
    }

    /** @param status null for every status; @param cursor null for the first page */
    public Page<AllotmentRequest> list(AllotmentStatus status, int limit, String cursor) {
        RequestTokens.requireFlowOn(flags);
        var request = NEWEST_FIRST.request(cursor, limit);
        return NEWEST_FIRST.page(requests.list(status, request), request);
    }
}
