package in.mrmentor.slot.port;

import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;
import in.mrmentor.slot.SlotRequest;
import in.mrmentor.slot.SlotRequestStatus;

import java.util.List;

import java.util.Optional;
import java.util.UUID;

public interface SlotRequests {

    void add(SlotRequest request);

    /** The request, held until the unit of work ends. */
    Optional<SlotRequest> lock(UUID id);

    void update(SlotRequest request);

    /** A mentor's requests, oldest first (creation time, then id), optionally of one status. */
    List<SlotRequest> forMentor(UUID mentorId, SlotRequestStatus status, PageRequest<TimeKey> page);

    /** A student's requests, oldest first (creation time, then id), optionally of one status. */
    List<SlotRequest> forStudent(UUID studentId, SlotRequestStatus status, PageRequest<TimeKey> page);

    /** Open (MEETING_REQUESTED) requests of a student. */
    int countOpen(UUID studentId);
}
