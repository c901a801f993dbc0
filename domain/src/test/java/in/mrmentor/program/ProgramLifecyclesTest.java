package in.mrmentor.program;

import in.mrmentor.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The batch, application and discount lifecycles of PROGRAMS.md, checked for every pair of statuses. */
class ProgramLifecyclesTest {
    private static final Instant NOW = Instant.parse("2027-01-05T10:00:00Z");
    private static final Set<String> APPLICATION = Set.of(
            "DRAFT>SUBMITTED", "SUBMITTED>UNDER_REVIEW", "SUBMITTED>APPROVED", "SUBMITTED>REJECTED",
            "UNDER_REVIEW>APPROVED", "UNDER_REVIEW>REJECTED", "APPROVED>PAYMENT_RECEIVED", "APPROVED>BATCH_ALLOCATED",
            "PAYMENT_RECEIVED>PAID", "PAID>BATCH_ALLOCATED", "BATCH_ALLOCATED>ENROLLED", "ENROLLED>DEBOARDED");
    private static final Set<String> BATCH = Set.of(
            "UPCOMING>ACTIVE", "UPCOMING>CANCELLED", "ACTIVE>COMPLETED", "ACTIVE>CANCELLED");

    @Test
    void everyPairOfApplicationStatusesFollowsTheTableAndAnyOtherMoveIsAnInvalidTransition() {
        int checked = 0;
        for (ApplicationStatus from : ApplicationStatus.values()) {
            for (ApplicationStatus to : ApplicationStatus.values()) {
                boolean allowed = APPLICATION.contains(from + ">" + to);
                assertThat(from.canMoveTo(to)).as(from + ">" + to).isEqualTo(allowed);
                var application = new ProgramApplication(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), from,
                        "{}", null, null, NOW, NOW);
                if (allowed) {
                    assertThat(application.movedTo(to, NOW).status()).isEqualTo(to);
                } else {
                    assertThatThrownBy(() -> application.movedTo(to, NOW)).as(from + ">" + to)
                            .isInstanceOfSatisfying(DomainException.class,
                                    e -> assertThat(e.code()).isEqualTo(ProgramErrors.INVALID_TRANSITION));
                }
                checked++;
            }
        }
        assertThat(checked).isEqualTo(100);
    }

    @Test
    void everyPairOfBatchStatusesFollowsTheTable() {
        for (BatchStatus from : BatchStatus.values()) {
            for (BatchStatus to : BatchStatus.values()) {
                boolean allowed = BATCH.contains(from + ">" + to);
                assertThat(from.canMoveTo(to)).as(from + ">" + to).isEqualTo(allowed);
                var batch = new Batch(UUID.randomUUID(), "MAS101-2027-JAN", "January", Program.MAS101,
                        LocalDate.of(2027, 1, 10), 5_000_000, 30, true, from, NOW);
                if (!allowed) {
                    assertThatThrownBy(() -> batch.movedTo(to)).isInstanceOf(DomainException.class);
                }
            }
        }
        assertThat(BatchStatus.UPCOMING.isOpen()).isTrue();
        assertThat(BatchStatus.ACTIVE.isOpen()).isTrue();
        assertThat(BatchStatus.COMPLETED.isOpen()).isFalse();
    }

    @Test
    void aDiscountRequestIsDecidedOnce() {
        for (DiscountStatus from : DiscountStatus.values()) {
            for (DiscountStatus to : DiscountStatus.values()) {
                assertThat(from.canMoveTo(to)).as(from + ">" + to)
                        .isEqualTo(from == DiscountStatus.PENDING && to != DiscountStatus.PENDING);
            }
        }
        var request = new DiscountRequest(UUID.randomUUID(), UUID.randomUUID(), 100, "scholarship",
                DiscountStatus.PENDING, UUID.randomUUID(), NOW, null, null, null);
        var approved = request.decided(DiscountStatus.APPROVED, UUID.randomUUID(), null, NOW);
        assertThatThrownBy(() -> approved.decided(DiscountStatus.REJECTED, UUID.randomUUID(), null, NOW))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("ALREADY_DECIDED"));
    }

    @Test
    void billingDetailsNeedAStateCodeAndAGstinThatBeginsWithIt() {
        String gstin = "29ABCDE1234F1Z" + in.mrmentor.invoice.Gstin.checkCharacter("29ABCDE1234F1Z");
        assertThat(new BillingDetails("Asha", "1 MG Road", "29", gstin.toLowerCase()).gstin()).isEqualTo(gstin);
        assertThatThrownBy(() -> new BillingDetails("Asha", "1 MG Road", "29", "29ABCDE1234F1Z0".equals(gstin)
                ? "29ABCDE1234F1Z1" : "29ABCDE1234F1Z0")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new BillingDetails("Asha", "1 MG Road", "99", null))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.fieldErrors()).extracting(f -> f.field()).containsExactly("billing.stateCode"));
        assertThatThrownBy(() -> new BillingDetails("Asha", "1 MG Road", "27", gstin))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.fieldErrors()).extracting(f -> f.field()).containsExactly("billing.gstin"));
    }

    @Test
    void onlyADraftTakesNewAnswersAndBillingChangesUntilPaid() {
        var approved = new ProgramApplication(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                ApplicationStatus.APPROVED, "{}", null, null, NOW, NOW);
        assertThatThrownBy(() -> approved.withAnswers("{\"a\":1}", NOW)).isInstanceOf(DomainException.class);
        var billing = new BillingDetails("Asha", "1 MG Road", "29", null);
        assertThat(approved.withBilling(billing, NOW).billing()).isEqualTo(billing);
        var paid = approved.movedTo(ApplicationStatus.PAYMENT_RECEIVED, NOW).movedTo(ApplicationStatus.PAID, NOW);
        assertThatThrownBy(() -> paid.withBilling(billing, NOW)).isInstanceOf(DomainException.class);
        assertThatThrownBy(approved::requireBilling)
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("BILLING_DETAILS_MISSING"));
    }
}
