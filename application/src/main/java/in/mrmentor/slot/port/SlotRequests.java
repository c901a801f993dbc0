package in.mrmentor.slot.port;

import in.mrmentor.slot.SlotRequest;

import java.util.Optional;
import java.util.UUID;

public interface SlotRequests {

    void add(SlotRequest request);

    /** The request, held until the unit of work ends. */
    Optional<SlotRequest> lock(UUID id);

    void update(SlotRequest request);

    /** A mentor's requests, oldest first, optionally of one status. */
    java.util.List<SlotRequest> forMentor(UUID mentorId, in.mrmentor.slot.SlotRequestStatus status, int limit);

    /** Open (MEETING_REQUESTED) requests of a student. */
    int countOpen(UUID studentId);
}
