package in.mrmentor.program;

import in.mrmentor.program.port.DiscountRequests;
import in.mrmentor.shared.Keyset;
import in.mrmentor.shared.Page;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;

/** Discount requests for admins, newest first, optionally of one status. */
public final class ListDiscountRequests {
    private static final Keyset<DiscountRequest, TimeKey> NEWEST_FIRST =
            Keyset.byTime("discount-requests", r -> new TimeKey(r.createdAt(), r.id()));

    private final DiscountRequests requests;

    public ListDiscountRequests(DiscountRequests requests) {
        this.requests = requests;
    }

    public Page<DiscountRequest> list(DiscountStatus status, int limit, String cursor) {
        PageRequest<TimeKey> request = NEWEST_FIRST.request(cursor, limit);
        return NEWEST_FIRST.page(requests.page(status, request), request);
    }
}
