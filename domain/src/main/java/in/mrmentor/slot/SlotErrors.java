package in.mrmentor.slot;

import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.ErrorKind;
import in.mrmentor.shared.FieldError;

import java.util.List;

/** The refusals of the mentorship context, with the stable codes of API.md. */
public final class SlotErrors {
    public static final String SLOT_NOT_AVAILABLE = "SLOT_NOT_AVAILABLE";
    public static final String SLOT_OVERLAP = "SLOT_OVERLAP";
    public static final String INVALID_TRANSITION = "INVALID_TRANSITION";
    public static final String JOIN_WINDOW_CLOSED = "JOIN_WINDOW_CLOSED";
    public static final String FEEDBACK_EXISTS = "FEEDBACK_EXISTS";
    public static final String TOO_MANY_REQUESTS = "TOO_MANY_REQUESTS";
    public static final String INSUFFICIENT_BALANCE = "INSUFFICIENT_BALANCE";
    public static final String NOT_PARTICIPANT = "NOT_SLOT_PARTICIPANT";
    public static final String SLOT_NOT_COMPLETED = "SLOT_NOT_COMPLETED";
    public static final String MEETING_NOT_STARTED = "MEETING_NOT_STARTED";

    private SlotErrors() {
    }

    public static DomainException notAvailable() {
        return DomainException.conflict(SLOT_NOT_AVAILABLE, "This slot is no longer available.");
    }

    public static DomainException overlap() {
        return DomainException.conflict(SLOT_OVERLAP, "This slot overlaps another of your live slots.");
    }

    public static DomainException invalidTransition(SlotStatus from, SlotStatus to) {
        return DomainException.conflict(INVALID_TRANSITION, "A " + from + " slot cannot become " + to + ".");
    }

    public static DomainException invalidTransition(String what, Enum<?> from, Enum<?> to) {
        return DomainException.conflict(INVALID_TRANSITION, "A " + from + " " + what + " cannot become " + to + ".");
    }

    public static DomainException joinWindowClosed() {
        return DomainException.conflict(JOIN_WINDOW_CLOSED, "This meeting cannot be joined now.");
    }

    /** The refusal with the window itself ({@code opensAt} absent when early joining is allowed), so a client can wait. */
    public static DomainException joinWindowClosed(java.time.Instant opensAt, java.time.Instant closesAt) {
        java.util.Map<String, Object> window = new java.util.LinkedHashMap<>();
        if (opensAt != null) {
            window.put("opensAt", opensAt);
        }
        window.put("closesAt", closesAt);
        return new DomainException(ErrorKind.CONFLICT, JOIN_WINDOW_CLOSED, "This meeting can be joined "
                + (opensAt == null ? "until " + closesAt : "from " + opensAt + " until " + closesAt) + ".", List.of(), window);
    }

    public static DomainException alreadyDecided() {
        return DomainException.conflict("ALREADY_DECIDED", "This request has already been decided.");
    }

    /** MAX_FREE_MEETINGS_PER_STUDENT: the student holds as many confirmed or completed free meetings as allowed. */
    public static DomainException freeMeetingLimit(int max) {
        return DomainException.conflict("FREE_MEETING_LIMIT", "A student may hold at most " + max
                + " confirmed or completed free meetings.");
    }

    public static DomainException feedbackExists() {
        return DomainException.conflict(FEEDBACK_EXISTS, "Feedback for this slot has already been given.");
    }

    public static DomainException tooManyRequests(int max) {
        return DomainException.conflict(TOO_MANY_REQUESTS, "At most " + max + " slot requests may be open at once.");
    }

    public static DomainException insufficientBalance(long requested, long available) {
        return DomainException.conflict(INSUFFICIENT_BALANCE,
                "Requested " + requested + " paise; " + available + " paise available.");
    }

    public static DomainException notParticipant() {
        return DomainException.forbidden(NOT_PARTICIPANT, "Only the slot's student or mentor may do this.");
    }

    public static DomainException notCompleted() {
        return DomainException.conflict(SLOT_NOT_COMPLETED, "Feedback is given after the meeting is completed.");
    }

    public static DomainException meetingNotStarted() {
        return DomainException.conflict(MEETING_NOT_STARTED,
                "This meeting has not started yet; an administrator may complete it earlier with a reason.");
    }

    public static DomainException slotNotFound() {
        return DomainException.notFound("SLOT_NOT_FOUND", "There is no slot with this id.");
    }

    public static DomainException mentorNotFound() {
        return DomainException.notFound("MENTOR_NOT_FOUND", "There is no mentor with this id and a profile.");
    }

    public static DomainException requestNotFound() {
        return DomainException.notFound("SLOT_REQUEST_NOT_FOUND", "There is no slot request with this id.");
    }

    public static DomainException recordingNotFound() {
        return DomainException.notFound("RECORDING_NOT_FOUND", "There is no recording with this id for this slot.");
    }

    public static DomainException withdrawalNotFound() {
        return DomainException.notFound("WITHDRAWAL_NOT_FOUND", "There is no withdrawal with this id.");
    }

    public static DomainException pastStart() {
        return new DomainException(ErrorKind.INVALID, "VALIDATION_FAILED", "A slot must start in the future.",
                List.of(new FieldError("startDateTime", "must be in the future")));
    }
}
