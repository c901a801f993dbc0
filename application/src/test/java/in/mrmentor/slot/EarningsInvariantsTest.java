package in.mrmentor.slot;

import in.mrmentor.shared.DomainException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static in.mrmentor.slot.SlotTestData.aMentor;
import static in.mrmentor.slot.SlotTestData.aSlot;
import static in.mrmentor.slot.SlotTestData.aStudent;
import static in.mrmentor.slot.SlotTestData.hours;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * DOMAIN.md "Mentorship slots" as properties: whatever sequence of bookings, repeated completions,
 * cancellations, withdrawal requests and decisions runs, each completed slot is credited exactly once,
 * the balance equals the sum of its transactions and never goes below zero, open withdrawals never
 * hold more than the balance, and every cancelled booking gave the student their tokens back.
 */
class EarningsInvariantsTest {
    private static final long EARNING = 25_000;
    private static final long COST = 2;

    record Step(String kind, int pick, long amount) {
    }

    @Provide
    Arbitrary<List<Step>> histories() {
        Arbitrary<Step> step = Combinators.combine(
                Arbitraries.of("offerAndBook", "complete", "cancel", "withdraw", "approve", "reject", "pay"),
                Arbitraries.integers().between(0, 30),
                Arbitraries.longs().between(1, 60_000)).as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(50);
    }

    @Property(tries = 150)
    void everyHistoryCreditsOnceAndStaysWithinTheBalance(@ForAll("histories") List<Step> history) {
        var kit = new SlotKit();
        UUID mentor = aMentor().withTokenCost(COST).earningPaise(EARNING).in(kit);
        UUID student = aStudent().withPromotionalTokens(3).withTokens(200).in(kit);
        UUID admin = UUID.randomUUID();
        List<Slot> slots = new ArrayList<>();
        List<Withdrawal> withdrawals = new ArrayList<>();
        Set<UUID> completed = new HashSet<>();
        Set<UUID> cancelled = new HashSet<>();
        int hour = 1;
        for (Step step : history) {
            try {
                switch (step.kind()) {
                    case "offerAndBook" -> {
                        var slot = aSlot().by(mentor).startingIn(hours(hour++)).in(kit);
                        slots.add(kit.book.book(student, slot.id()));
                    }
                    case "complete" -> {
                        if (!slots.isEmpty()) {
                            var slot = slots.get(step.pick() % slots.size());
                            if (step.pick() % 2 == 0) {
                                // The mentor completes once the meeting has started (issue 11 item 4).
                                var untilStart = Duration.between(kit.clock.instant(), slot.time().start());
                                if (!untilStart.isNegative()) {
                                    kit.clock.advance(untilStart);
                                }
                                kit.complete.complete(Actor.user(mentor), slot.id());
                            } else {
                                kit.complete.complete(Actor.administrator(admin), slot.id(),
                                        Optional.of("property: completed whenever"));
                            }
                            completed.add(slot.id());
                        }
                    }
                    case "cancel" -> {
                        if (!slots.isEmpty()) {
                            var slot = slots.get(step.pick() % slots.size());
                            kit.cancel.cancel(Actor.administrator(admin), slot.id(), "property");
                            cancelled.add(slot.id());
                        }
                    }
                    case "withdraw" -> withdrawals.add(kit.withdraw.request(mentor, step.amount()));
                    default -> {
                        if (!withdrawals.isEmpty()) {
                            var outcome = switch (step.kind()) {
                                case "approve" -> WithdrawalStatus.APPROVED;
                                case "reject" -> WithdrawalStatus.REJECTED;
                                default -> WithdrawalStatus.PAID;
                            };
                            kit.decide.decide(admin, withdrawals.get(step.pick() % withdrawals.size()).id(), outcome);
                        }
                    }
                }
            } catch (DomainException refused) {
                // Refusals (invalid transitions, insufficient balance) are part of the history; they change nothing.
            }
            var earnings = kit.showEarnings.show(mentor);
            long sum = kit.earnings.transactions(mentor, 10_000).stream().mapToLong(EarningTransaction::amountPaise).sum();
            assertThat(earnings.balancePaise()).isEqualTo(sum).isGreaterThanOrEqualTo(0);
            assertThat(earnings.pendingWithdrawalPaise()).isLessThanOrEqualTo(earnings.balancePaise());
        }

        long credits = kit.earnings.transactions(mentor, 10_000).stream()
                .filter(t -> t.kind() == EarningKind.MEETING).count();
        assertThat(credits).isEqualTo(completed.size());
        long paidOut = kit.earnings.transactions(mentor, 10_000).stream()
                .filter(t -> t.kind() == EarningKind.WITHDRAWAL).mapToLong(t -> -t.amountPaise()).sum();
        assertThat(kit.earnings.balance(mentor)).isEqualTo(credits * EARNING - paidOut);
        // A slot is either completed (and kept the tokens) or cancelled (and gave them back), never both.
        assertThat(java.util.Collections.disjoint(completed, cancelled)).isTrue();
        long kept = slots.size() - cancelled.size();
        var wallet = kit.ledger.balances(student);
        assertThat(wallet.promotionalToken() + wallet.token()).isEqualTo(203 - kept * COST);
    }
}
