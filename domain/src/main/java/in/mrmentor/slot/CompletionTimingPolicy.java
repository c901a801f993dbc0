package in.mrmentor.slot;

import java.util.Optional;

/**
 * When a meeting may be completed (issue 11 item 4). Completing pays the mentor, so it happens from
 * the slot's start on, whoever asks: its mentor, an administrator or the meeting provider's signed
 * event. Only an administrator may complete earlier, and only with a reason, which is recorded as an
 * {@link EarlyCompletion}. Anyone else is refused with 409 {@code MEETING_NOT_STARTED}. Who may
 * complete at all is {@link SlotAccessPolicy#MENTOR_OR_ADMIN}'s rule, asked before this one.
 */
public final class CompletionTimingPolicy {
    private CompletionTimingPolicy() {
    }

    /** The early completion to record, empty when the meeting has started; refuses a completion that comes too early. */
    public static Optional<EarlyCompletion> check(CompletionRequest request, Slot slot) {
        if (!slot.time().start().isAfter(request.at())) {
            return Optional.empty();
        }
        if (request.actor().admin() && request.earlyReason().isPresent()) {
            return Optional.of(new EarlyCompletion(slot.id(), request.actor().userId(), request.earlyReason().get(),
                    request.at()));
        }
        throw SlotErrors.meetingNotStarted();
    }
}
