package in.mrmentor.http.slot;

import in.mrmentor.http.Access;
import in.mrmentor.http.Caller;
import in.mrmentor.http.Idempotent;
import in.mrmentor.http.Input;
import in.mrmentor.http.Route;
import in.mrmentor.http.RouteGroup;
import in.mrmentor.identity.Role;
import in.mrmentor.shared.Validation;
import in.mrmentor.slot.AcceptSlotRequest;
import in.mrmentor.slot.Actor;
import in.mrmentor.slot.BookSlot;
import in.mrmentor.slot.CancelSlot;
import in.mrmentor.slot.CompleteSlot;
import in.mrmentor.slot.DecideWithdrawal;
import in.mrmentor.slot.DeleteRecording;
import in.mrmentor.slot.EarningTransaction;
import in.mrmentor.slot.GiveFeedback;
import in.mrmentor.slot.JoinMeeting;
import in.mrmentor.slot.DeclineSlotRequest;
import in.mrmentor.slot.LeaveMeeting;
import in.mrmentor.slot.ListBookings;
import in.mrmentor.slot.ListMentorSlots;
import in.mrmentor.slot.ListSlotRequests;
import in.mrmentor.slot.ListWithdrawals;
import in.mrmentor.slot.SlotRequestStatus;
import in.mrmentor.slot.ListMentors;
import in.mrmentor.slot.MentorProfile;
import in.mrmentor.slot.OfferSlot;
import in.mrmentor.slot.ReadRecording;
import in.mrmentor.slot.RedeemMeetingAction;
import in.mrmentor.slot.Recording;
import in.mrmentor.slot.RequestCancellation;
import in.mrmentor.slot.RequestSlot;
import in.mrmentor.slot.RequestWithdrawal;
import in.mrmentor.slot.RetractSlot;
import in.mrmentor.slot.ShowEarnings;
import in.mrmentor.slot.Slot;
import in.mrmentor.slot.SlotFeedback;
import in.mrmentor.slot.SlotRequest;
import in.mrmentor.slot.SlotStatus;
import in.mrmentor.slot.UpdateMentorProfile;
import in.mrmentor.slot.UploadRecording;
import in.mrmentor.slot.Withdrawal;
import in.mrmentor.slot.WithdrawalStatus;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * API.md "Mentorship": mentor profiles and slots, booking with tokens, slot requests, cancellation
 * and refunds, meetings, feedback, recordings, mentor earnings and withdrawals. Every POST that
 * moves tokens or money honours {@code Idempotency-Key}.
 */
public final class SlotRoutes implements RouteGroup {
    private final long maxRecordingBytes;

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

    public record ProfileBody(String bio, List<String> expertise, Long tokenCost, Long earningPerMeetingPaise) {
    }

    public record SlotBody(Instant startDateTime, Instant endDateTime) {
    }

    public record SlotRequestBody(UUID mentorId, Instant preferredStart, String message) {
    }

    public record ReasonBody(String reason) {
    }

    public record FeedbackBody(Integer rating, String experience, String comment) {
    }

    public record WithdrawalBody(Long amountPaise) {
    }

    public record MentorJson(UUID id, String name, List<String> expertise, long tokenCost) {
    }

    public record MentorListJson(List<MentorJson> items, String nextCursor) {
    }

    public record ProfileJson(UUID mentorId, String bio, List<String> expertise, long tokenCost,
                              long earningPerMeetingPaise) {
        static ProfileJson of(MentorProfile p) {
            return new ProfileJson(p.mentorId(), p.bio(), p.expertise(), p.tokenCost(), p.earningPerMeetingPaise());
        }
    }

    public record SlotJson(UUID id, UUID mentorId, UUID studentId, Instant startDateTime, Instant endDateTime,
                           String status, long tokenCost, long tokensSpent, boolean earningsCredited) {
        static SlotJson of(Slot s) {
            return new SlotJson(s.id(), s.mentorId(), s.studentId(), s.time().start(), s.time().end(),
                    s.status().name(), s.tokenCost(), s.tokensSpent(), s.earningsCredited());
        }
    }

    public record SlotListJson(List<SlotJson> items, String nextCursor) {
    }

    public record SlotRequestListJson(List<SlotRequestJson> items, String nextCursor) {
    }

    public record WithdrawalListJson(List<WithdrawalJson> items, String nextCursor) {
    }

    public record SlotRequestJson(UUID id, UUID studentId, UUID mentorId, Instant preferredStart, String message,
                                  String status, UUID slotId, Instant createdAt) {
        static SlotRequestJson of(SlotRequest r) {
            return new SlotRequestJson(r.id(), r.studentId(), r.mentorId(), r.preferredStart(), r.message(),
                    r.status().name(), r.slotId(), r.createdAt());
        }
    }

    public record FeedbackJson(UUID id, UUID slotId, int rating, String experience, String comment,
                               Instant createdAt) {
        static FeedbackJson of(SlotFeedback f) {
            return new FeedbackJson(f.id(), f.slotId(), f.rating(), f.experience(), f.comment(), f.createdAt());
        }
    }

    public record RecordingJson(UUID id, UUID slotId, String status, long sizeBytes, String contentType) {
        static RecordingJson of(Recording r) {
            return new RecordingJson(r.id(), r.slotId(), r.status().name(), r.sizeBytes(), r.contentType());
        }
    }

    public record TransactionJson(UUID id, String kind, long amountPaise, long balanceAfterPaise, String reference,
                                  Instant at) {
        static TransactionJson of(EarningTransaction t) {
            return new TransactionJson(t.id(), t.kind().name(), t.amountPaise(), t.balanceAfterPaise(), t.reference(),
                    t.at());
        }
    }

    public record WithdrawalJson(UUID id, UUID mentorId, long amountPaise, String currency, String status,
                                 Instant createdAt, Instant decidedAt) {
        static WithdrawalJson of(Withdrawal w) {
            return new WithdrawalJson(w.id(), w.mentorId(), w.amountPaise(), "INR", w.status().name(), w.createdAt(),
                    w.decidedAt());
        }
    }

    public record EarningsJson(long balancePaise, long pendingWithdrawalPaise, long availablePaise, String currency,
                               List<TransactionJson> transactions, List<WithdrawalJson> withdrawals) {
    }

    private final UseCases useCases;

    public SlotRoutes(UseCases useCases, long maxRecordingBytes) {
        this.maxRecordingBytes = maxRecordingBytes;
        this.useCases = useCases;
    }

    @Override
    public String tag() {
        return "Mentorship";
    }

    @Override
    public List<Route> routes() {
        Access expert = Access.roles(Role.EXPERT);
        Access student = Access.roles(Role.USER);
        Access admin = Access.roles(Role.ADMIN);
        Access expertOrAdmin = Access.roles(Role.EXPERT, Role.ADMIN);
        Idempotent idempotent = useCases.idempotent();
        return List.of(
                Route.get("/api/mentors", Access.anyUser(), "Mentors with a profile", ctx -> {
                    var mentors = useCases.listMentors().list(Input.limit(ctx)).stream()
                            .map(m -> new MentorJson(m.id(), m.name(), m.expertise(), m.tokenCost())).toList();
                    ctx.json(new MentorListJson(mentors, null));
                }),
                Route.put("/api/mentor/profile", expert, "Write the caller's mentor profile", ctx -> {
                    var body = Input.json(ctx, ProfileBody.class);
                    var profile = useCases.updateProfile().update(userId(ctx), new UpdateMentorProfile.Command(
                            body.bio(), body.expertise(), body.tokenCost(), body.earningPerMeetingPaise()));
                    ctx.json(ProfileJson.of(profile));
                }).withBody(ProfileBody.class),
                Route.post("/api/mentor/slots", expert, "Offer a slot (default 30 minutes); 409 SLOT_OVERLAP", ctx -> {
                    var body = Input.json(ctx, SlotBody.class);
                    var slot = useCases.offerSlot().offer(userId(ctx),
                            new OfferSlot.Command(body.startDateTime(), body.endDateTime()));
                    ctx.status(201).json(SlotJson.of(slot));
                }).withBody(SlotBody.class),
                Route.delete("/api/mentor/slots/{id}", expert, "Take back an unbooked slot (a booked one needs a cancellation)",
                        ctx -> {
                            useCases.retract().retract(userId(ctx), Input.uuidPath(ctx, "id"));
                            ctx.status(204);
                        }),
                Route.get("/api/mentors/{mentorId}/slots", Access.anyUser(), "A mentor's slots (?from&to&status)", ctx -> {
                    var slots = useCases.listSlots().list(Input.uuidPath(ctx, "mentorId"), new ListMentorSlots.Query(
                            instant(ctx, "from"), instant(ctx, "to"), status(ctx.queryParam("status")), Input.limit(ctx)));
                    ctx.json(new SlotListJson(slots.stream().map(SlotJson::of).toList(), null));
                }),
                Route.post("/api/slots/{id}/book", student, "Book a slot with tokens, promotional first (Idempotency-Key)",
                        idempotent.handler(ctx -> new Idempotent.Reply(200, SlotJson.of(
                                useCases.book().book(userId(ctx), Input.uuidPath(ctx, "id")))))),
                Route.post("/api/slot-requests", student, "Ask a mentor for a meeting at a chosen time", ctx -> {
                    var body = Input.json(ctx, SlotRequestBody.class);
                    var request = useCases.requestSlot().request(userId(ctx),
                            new RequestSlot.Command(body.mentorId(), body.preferredStart(), body.message()));
                    ctx.status(201).json(SlotRequestJson.of(request));
                }).withBody(SlotRequestBody.class),
                Route.get("/api/mentor/slot-requests", expert, "Requests students sent the caller (?status=)", ctx -> {
                    var requests = useCases.listRequests().forMentor(userId(ctx),
                            enumParam(ctx.queryParam("status"), SlotRequestStatus.class), Input.limit(ctx));
                    ctx.json(new SlotRequestListJson(requests.stream().map(SlotRequestJson::of).toList(), null));
                }),
                Route.post("/api/mentor/slot-requests/{id}/decline", expert, "Decline a student's request",
                        ctx -> ctx.json(SlotRequestJson.of(useCases.declineRequest().decline(userId(ctx),
                                Input.uuidPath(ctx, "id"))))),
                Route.get("/api/slots/mine", student, "The caller's booked slots, by start time", ctx -> {
                    var slots = useCases.listBookings().forStudent(userId(ctx), Input.limit(ctx));
                    ctx.json(new SlotListJson(slots.stream().map(SlotJson::of).toList(), null));
                }),
                Route.get("/api/admin/withdrawals", admin, "Withdrawals of every mentor, oldest first (?status=)", ctx -> {
                    var withdrawals = useCases.listWithdrawals().inStatus(
                            enumParam(ctx.queryParam("status"), WithdrawalStatus.class), Input.limit(ctx));
                    ctx.json(new WithdrawalListJson(withdrawals.stream().map(WithdrawalJson::of).toList(), null));
                }),
                Route.post("/api/mentor/slot-requests/{id}/accept", expert,
                        "Accept a request: a confirmed slot, paid by the student (Idempotency-Key)",
                        idempotent.handler(ctx -> new Idempotent.Reply(200, SlotJson.of(
                                useCases.acceptRequest().accept(userId(ctx), Input.uuidPath(ctx, "id")))))),
                Route.post("/api/slots/{id}/cancellation-request", Access.anyUser(),
                        "The slot's student or mentor asks for cancellation", ctx -> {
                            var body = Input.json(ctx, ReasonBody.class);
                            ctx.json(SlotJson.of(useCases.requestCancellation().request(userId(ctx),
                                    Input.uuidPath(ctx, "id"), body.reason())));
                        }).withBody(ReasonBody.class),
                Route.post("/api/meeting-actions/{token}", Access.anyone(),
                        "Follow a one-time link from a meeting mail (the link is the credential)",
                        ctx -> ctx.json(SlotJson.of(useCases.redeemAction().redeem(ctx.pathParam("token"))))),
                Route.post("/api/admin/slots/{id}/cancel", admin,
                        "Cancel a slot; the student's tokens go back where they came from (Idempotency-Key)",
                        idempotent.handler(ctx -> cancel(ctx))).withBody(ReasonBody.class),
                Route.post("/api/mentor/slots/{id}/cancel", expert,
                        "The mentor cancels their own slot, refunding the student (Idempotency-Key)",
                        idempotent.handler(ctx -> cancel(ctx))).withBody(ReasonBody.class),
                Route.post("/api/slots/{id}/join", Access.anyUser(), "Join the meeting inside its window", ctx -> {
                    var joined = useCases.join().join(userId(ctx), Input.uuidPath(ctx, "id"));
                    ctx.json(joined);
                }),
                Route.post("/api/slots/{id}/leave", Access.anyUser(), "Leave the meeting (logged)", ctx -> {
                    var log = useCases.leave().leave(userId(ctx), Input.uuidPath(ctx, "id"));
                    ctx.json(java.util.Map.of("slotId", log.slotId(), "action", log.action().name(), "at", log.at()));
                }),
                Route.post("/api/slots/{id}/complete", expertOrAdmin,
                        "Complete a meeting; credits the mentor once (Idempotency-Key)",
                        idempotent.handler(ctx -> new Idempotent.Reply(200, SlotJson.of(
                                useCases.complete().complete(actor(ctx), Input.uuidPath(ctx, "id")))))),
                Route.post("/api/slots/{id}/feedback", student, "Rate a completed meeting, once", ctx -> {
                    var body = Input.json(ctx, FeedbackBody.class);
                    var feedback = useCases.feedback().give(userId(ctx), Input.uuidPath(ctx, "id"),
                            new GiveFeedback.Command(body.rating(), body.experience(), body.comment()));
                    ctx.status(201).json(FeedbackJson.of(feedback));
                }).withBody(FeedbackBody.class),
                Route.post("/api/slots/{id}/recordings", expertOrAdmin, "Upload a recording (binary body, streamed)", ctx -> {
                    var recording = useCases.upload().upload(actor(ctx), Input.uuidPath(ctx, "id"),
                            Input.bodyStream(ctx), ctx.contentType());
                    ctx.status(201).json(RecordingJson.of(recording));
                }).withMaxBodyBytes(maxRecordingBytes),
                Route.get("/api/slots/{id}/recordings/{recordingId}", Access.anyUser(),
                        "A recording's bytes (or a redirect to a presigned URL)", this::readRecording),
                Route.delete("/api/slots/{id}/recordings/{recordingId}", expertOrAdmin,
                        "Delete a recording (mentor of the slot or ADMIN): DELETED, bytes removed", ctx -> {
                            useCases.deleteRecording().delete(actor(ctx), Input.uuidPath(ctx, "id"),
                                    Input.uuidPath(ctx, "recordingId"));
                            ctx.status(204);
                        }),
                Route.get("/api/mentor/earnings", expert, "Balance, pending withdrawals and transactions", ctx -> {
                    var earnings = useCases.earnings().show(userId(ctx));
                    ctx.json(new EarningsJson(earnings.balancePaise(), earnings.pendingWithdrawalPaise(),
                            Math.max(0, earnings.balancePaise() - earnings.pendingWithdrawalPaise()), "INR",
                            earnings.transactions().stream().map(TransactionJson::of).toList(),
                            earnings.withdrawals().stream().map(WithdrawalJson::of).toList()));
                }),
                Route.post("/api/mentor/withdrawals", expert, "Ask for a payout; 409 INSUFFICIENT_BALANCE (Idempotency-Key)",
                        idempotent.handler(ctx -> {
                            var body = Input.json(ctx, WithdrawalBody.class);
                            return new Idempotent.Reply(201, WithdrawalJson.of(
                                    useCases.requestWithdrawal().request(userId(ctx), body.amountPaise())));
                        })).withBody(WithdrawalBody.class),
                Route.post("/api/admin/withdrawals/{id}/approve", admin, "Approve a pending withdrawal",
                        idempotent.handler(ctx -> decide(ctx, WithdrawalStatus.APPROVED))),
                Route.post("/api/admin/withdrawals/{id}/reject", admin, "Reject a withdrawal",
                        idempotent.handler(ctx -> decide(ctx, WithdrawalStatus.REJECTED))),
                Route.post("/api/admin/withdrawals/{id}/paid", admin, "Mark an approved withdrawal paid; debits the earnings",
                        idempotent.handler(ctx -> decide(ctx, WithdrawalStatus.PAID))));
    }

    private Idempotent.Reply cancel(Context ctx) {
        var body = Input.json(ctx, ReasonBody.class);
        return new Idempotent.Reply(200, SlotJson.of(
                useCases.cancel().cancel(actor(ctx), Input.uuidPath(ctx, "id"), body.reason())));
    }

    private Idempotent.Reply decide(Context ctx, WithdrawalStatus outcome) {
        return new Idempotent.Reply(200, WithdrawalJson.of(
                useCases.decideWithdrawal().decide(userId(ctx), Input.uuidPath(ctx, "id"), outcome)));
    }

    private void readRecording(Context ctx) {
        var content = useCases.readRecording().read(actor(ctx), Input.uuidPath(ctx, "id"),
                Input.uuidPath(ctx, "recordingId"));
        if (content instanceof ReadRecording.Redirect redirect) {
            ctx.redirect(redirect.url().toString(), HttpStatus.FOUND);
        } else if (content instanceof ReadRecording.Bytes bytes) {
            ctx.contentType(bytes.stored().contentType());
            ctx.header("Content-Length", Long.toString(bytes.stored().size()));
            ctx.result(bytes.stored().content());
        } else {
            throw new IllegalStateException("a recording content this route cannot send: " + content);
        }
    }

    private static UUID userId(Context ctx) {
        return Caller.principal(ctx).userId();
    }

    private static Actor actor(Context ctx) {
        var principal = Caller.principal(ctx);
        return new Actor(principal.userId(), principal.role().satisfies(Role.ADMIN));
    }

    private static Instant instant(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw Validation.invalid(name, "must be an ISO-8601 UTC timestamp such as 2026-11-23T10:00:00Z");
        }
    }

    private static <E extends Enum<E>> E enumParam(String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Validation.invalid("status", "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    private static SlotStatus status(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return SlotStatus.valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Validation.invalid("status", "must be one of TENTATIVE, MEETING_REQUESTED, CONFIRMED, UNDER_REVIEW, "
                    + "COMPLETED, CANCELLATION_REQUESTED, CANCELLED");
        }
    }
}
