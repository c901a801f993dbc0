package in.mrmentor.slot;

import in.mrmentor.shared.Keyset;
import in.mrmentor.shared.Page;
import in.mrmentor.shared.TimeKey;
import in.mrmentor.slot.port.SlotRequests;

import java.util.UUID;

/** The requests students sent a mentor, oldest first, so the mentor can accept or decline them. */
public final class ListSlotRequests {
    private static final Keyset<SlotRequest, TimeKey> OLDEST_FIRST =
            Keyset.byTime("mentor-slot-requests", request -> new TimeKey(request.createdAt(), request.id()));

    private static final Keyset<SlotRequest, TimeKey> MINE =
            Keyset.byTime("student-slot-requests", request -> new TimeKey(request.createdAt(), request.id()));

    private final SlotRequests requests;

    public ListSlotRequests(SlotRequests requests) {
        this.requests = requests;
    }

    /** @param status null for every status; @param cursor null for the first page */
    public Page<SlotRequest> forMentor(UUID mentorId, SlotRequestStatus status, int limit, String cursor) {
        var request = OLDEST_FIRST.request(cursor, limit);
        return OLDEST_FIRST.page(requests.forMentor(mentorId, status, request), request);
    }

    /** The student's own requests, oldest first. @param status null for every status */
    public Page<SlotRequest> forStudent(UUID studentId, SlotRequestStatus status, int limit, String cursor) {
        var request = MINE.request(cursor, limit);
        return MINE.page(requests.forStudent(studentId, status, request), request);
    }
}
