package in.mrmentor.http.slot;

import in.mrmentor.http.Idempotent;
import in.mrmentor.http.RouteGroup;
import in.mrmentor.slot.AcceptSlotRequest;
import in.mrmentor.slot.BookSlot;
import in.mrmentor.slot.CancelSlot;
import in.mrmentor.slot.CompleteSlot;
import in.mrmentor.slot.DecideWithdrawal;
import in.mrmentor.slot.DeclineSlotRequest;
import in.mrmentor.slot.DeleteRecording;
import in.mrmentor.slot.GiveFeedback;
import in.mrmentor.slot.JoinMeeting;
import in.mrmentor.slot.LeaveMeeting;
import in.mrmentor.slot.ListBookings;
import in.mrmentor.slot.ListMentorSlots;
import in.mrmentor.slot.ListMentors;
import in.mrmentor.slot.ListSlotRequests;
import in.mrmentor.slot.ListWithdrawals;
import in.mrmentor.slot.OfferSlot;
import in.mrmentor.slot.ReadRecording;
import in.mrmentor.slot.RedeemMeetingAction;
import in.mrmentor.slot.RequestCancellation;
import in.mrmentor.slot.RequestSlot;
import in.mrmentor.slot.RequestWithdrawal;
import in.mrmentor.slot.RetractSlot;
import in.mrmentor.slot.ShowEarnings;
import in.mrmentor.slot.UpdateMentorProfile;
import in.mrmentor.slot.UploadRecording;

import java.util.List;

/**
 * API.md "Mentorship": mentor profiles and slots, booking with tokens, slot requests, cancellation
 * and refunds, meetings, feedback, recordings, mentor earnings and withdrawals, one route group per
 * resource. Every POST that moves tokens or money honours {@code Idempotency-Key}.
 */
public final class SlotRouteGroups {
    /** The OpenAPI tag every mentorship group shares: API.md's section, so the document reads as before. */
    static final String TAG = "Mentorship";

    /** The use cases these routes drive, wired by bootstrap. */
    public record UseCases(ListMentors listMentors, UpdateMentorProfile updateProfile, OfferSlot offerSlot,
                           ListMentorSlots listSlots, BookSlot book, RequestSlot requestSlot,
                           AcceptSlotRequest acceptRequest, RequestCancellation requestCancellation,
                           RedeemMeetingAction redeemAction,
                           CancelSlot cancel, JoinMeeting join, CompleteSlot complete, GiveFeedback feedback,
                           UploadRecording upload, ReadRecording readRecording, ShowEarnings earnings,
                           RequestWithdrawal requestWithdrawal, DecideWithdrawal decideWithdrawal,
                           ListSlotRequests listRequests, DeclineSlotRequest declineRequest,
                           ListBookings listBookings, ListWithdrawals listWithdrawals, LeaveMeeting leave,
                           RetractSlot retract, DeleteRecording deleteRecording, Idempotent idempotent) {
    }

    private SlotRouteGroups() {
    }

    /** @param maxRecordingBytes the largest recording upload, streamed past the server's body limit */
    public static List<RouteGroup> of(UseCases useCases, long maxRecordingBytes) {
        Idempotent idempotent = useCases.idempotent();
        return List.of(
                new MentorRoutes(useCases.listMentors(), useCases.updateProfile()),
                new SlotRoutes(useCases.offerSlot(), useCases.listSlots(), useCases.retract()),
                new BookingRoutes(useCases.book(), useCases.listBookings(), useCases.requestCancellation(),
                        useCases.cancel(), idempotent),
                new SlotRequestRoutes(useCases.requestSlot(), useCases.listRequests(), useCases.acceptRequest(),
                        useCases.declineRequest(), idempotent),
                new MeetingRoutes(useCases.join(), useCases.leave(), useCases.complete(), useCases.feedback(),
                        useCases.redeemAction(), idempotent),
                new RecordingRoutes(useCases.upload(), useCases.readRecording(), useCases.deleteRecording(),
                        maxRecordingBytes),
                new EarningsRoutes(useCases.earnings()),
                new WithdrawalRoutes(useCases.requestWithdrawal(), useCases.listWithdrawals(),
                        useCases.decideWithdrawal(), idempotent));
    }
}
