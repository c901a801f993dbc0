package in.mrmentor.slot.port;

import in.mrmentor.slot.SlotRequest;

import java.util.Optional;
import java.util.UUID;

public interface SlotRequests {

    void add(SlotRequest request);

    /** The request, held until the unit of work ends. */
    Optional<SlotRequest> lock(UUID id);

    void update(SlotRequest request);

    /** Open (MEETING_REQUESTED) requests of a student. */
    int countOpen(UUID studentId);
}
