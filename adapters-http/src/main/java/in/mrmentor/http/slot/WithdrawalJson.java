package in.mrmentor.http.slot;

import in.mrmentor.http.OneOf;
import in.mrmentor.http.Required;
import in.mrmentor.slot.Withdrawal;
import in.mrmentor.slot.WithdrawalStatus;

import java.time.Instant;
import java.util.UUID;

/** A payout a mentor asked for, as the withdrawal routes and the earnings summary answer it. */
public record WithdrawalJson(@Required UUID id, @Required UUID mentorId, long amountPaise, @Required String currency,
                             @Required @OneOf(WithdrawalStatus.class) String status,
                             Instant createdAt, Instant decidedAt) {
    static WithdrawalJson of(Withdrawal w) {
        return new WithdrawalJson(w.id(), w.mentorId(), w.amountPaise(), "INR", w.status().name(), w.createdAt(),
                w.decidedAt());
    }
}
