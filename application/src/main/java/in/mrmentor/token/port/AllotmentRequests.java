package in.mrmentor.token.port;

import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;
import in.mrmentor.token.AllotmentRequest;
import in.mrmentor.token.AllotmentStatus;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The {@code token_allotment_requests} rows. */
public interface AllotmentRequests {

    void add(AllotmentRequest request);

    /** The request, held until the unit of work ends so that only one decision can be made on it. */
    Optional<AllotmentRequest> lock(UUID id);

    void replace(AllotmentRequest request);

    /** Newest first (creation time, then id, both descending); {@code status} null for all. */
    List<AllotmentRequest> list(AllotmentStatus status, PageRequest<TimeKey> page);
}
