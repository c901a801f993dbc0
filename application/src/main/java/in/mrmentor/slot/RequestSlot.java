package in.mrmentor.slot;

import in.mrmentor.shared.Validation;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.Transactions;
import in.mrmentor.slot.port.MentorProfiles;
import in.mrmentor.slot.port.SlotRequests;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * A student asks a mentor for a meeting at a time of their choosing (seed 003 {@code RequestedSlot}).
 * {@code MAX_SLOT_REQUESTS} caps the requests a student may have open at once.
 */
public final class RequestSlot {

    public record Command(UUID mentorId, Instant preferredStart, String message) {
        public Command {
            new Validation()
                    .require(mentorId != null, "mentorId", "is required")
                    .require(preferredStart != null, "preferredStart", "is required")
                    .orThrow();
        }
    }

    private final SlotRequests requests;
    private final MentorProfiles profiles;
    private final int maxOpen;
    private final Transactions transactions;
    private final Clock clock;
    private final Ids ids;

    public RequestSlot(SlotRequests requests, MentorProfiles profiles, int maxOpen, Transactions transactions,
                       Clock clock, Ids ids) {
        this.requests = requests;
        this.profiles = profiles;
        this.maxOpen = maxOpen;
        this.transactions = transactions;
        this.clock = clock;
        this.ids = ids;
    }

    public SlotRequest request(UUID studentId, Command command) {
        var now = clock.instant();
        new Validation().require(command.preferredStart().isAfter(now), "preferredStart", "must be in the future")
                .orThrow();
        return transactions.inTransaction(() -> {
            profiles.find(command.mentorId()).orElseThrow(SlotErrors::mentorNotFound);
            if (requests.countOpen(studentId) >= maxOpen) {
                throw SlotErrors.tooManyRequests(maxOpen);
            }
            var request = new SlotRequest(ids.next(), studentId, command.mentorId(), command.preferredStart(),
                    command.message(), SlotRequestStatus.MEETING_REQUESTED, null, now);
            requests.add(request);
            return request;
        });
    }
}
