package in.mrmentor.slot;

import in.mrmentor.slot.port.SlotRequests;

import java.util.List;
import java.util.UUID;

/** The requests students sent a mentor, so the mentor can accept or decline them. */
public final class ListSlotRequests {
    private final SlotRequests requests;

    public ListSlotRequests(SlotRequests requests) {
        this.requests = requests;
    }

    public List<SlotRequest> forMentor(UUID mentorId, SlotRequestStatus status, int limit) {
        return requests.forMentor(mentorId, status, limit);
    }
}
