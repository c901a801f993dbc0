package in.mrmentor.program.port;

import in.mrmentor.program.DiscountRequest;
import in.mrmentor.program.DiscountStatus;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Requests to lower an application's fee. */
public interface DiscountRequests {

    /**
     * Adds the request; false (and nothing stored) when the application has one that is PENDING or
     * APPROVED already (one discount per application, decided once).
     */
    boolean add(DiscountRequest request);

    Optional<DiscountRequest> find(UUID id);

    Optional<DiscountRequest> lock(UUID id);

    void replace(DiscountRequest request);

    /** The APPROVED request of the application, if any. */
    Optional<DiscountRequest> approvedFor(UUID applicationId);

    /** Requests in {@code status} (null: any), newest first, after the request's key. */
    List<DiscountRequest> page(DiscountStatus status, PageRequest<TimeKey> request);
}
