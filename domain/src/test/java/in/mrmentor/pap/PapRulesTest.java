package in.mrmentor.pap;

import in.mrmentor.shared.DomainException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The PAP workflow lifecycle (every pair), the MOU details, the placement bounds and the fee rule. */
class PapRulesTest {
    private static final Instant NOW = Instant.parse("2027-01-05T10:00:00Z");
    private static final Set<String> ALLOWED = Set.of(
            "PENDING_MOU_DETAILS>PENDING_MOU_UPLOAD", "PENDING_MOU_UPLOAD>PENDING_MOU_REVIEW",
            "PENDING_MOU_REVIEW>MOU_SIGNED_APPROVED", "PENDING_MOU_REVIEW>PENDING_MOU_UPLOAD",
            "MOU_SIGNED_APPROVED>PENDING_PAYMENT_OPTION", "PENDING_PAYMENT_OPTION>PENDING_PAP_APPROVAL",
            "PENDING_PAYMENT_OPTION>PENDING_UPFRONT_PAYMENT", "PENDING_PAP_APPROVAL>ENROLLED",
            "PENDING_UPFRONT_PAYMENT>ENROLLED", "ENROLLED>PLACEMENT_UNDER_REVIEW",
            "PLACEMENT_UNDER_REVIEW>PAYMENT_COLLECTION_PENDING", "PAYMENT_COLLECTION_PENDING>CLOSED");

    @Test
    void everyPairOfWorkflowStatusesFollowsTheTableAndAnyOtherMoveIsAnInvalidTransition() {
        int checked = 0;
        for (PapStatus from : PapStatus.values()) {
            for (PapStatus to : PapStatus.values()) {
                boolean allowed = ALLOWED.contains(from + ">" + to);
                assertThat(from.canMoveTo(to)).as(from + ">" + to).isEqualTo(allowed);
                var workflow = PapWorkflow.start(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                        UUID.randomUUID(), NOW).edit().build();
                var inFrom = new PapWorkflow(workflow.id(), workflow.applicationId(), workflow.userId(),
                        workflow.batchId(), from, null, null, null, null, null, null, null, null, null, null, null, NOW, NOW);
                if (allowed) {
                    assertThat(inFrom.movedTo(to, NOW).status()).isEqualTo(to);
                } else {
                    assertThatThrownBy(() -> inFrom.movedTo(to, NOW)).as(from + ">" + to)
                            .isInstanceOfSatisfying(DomainException.class,
                                    e -> assertThat(e.code()).isEqualTo(PapErrors.INVALID_TRANSITION));
                }
                checked++;
            }
        }
        assertThat(checked).isEqualTo(121);
    }

    @Test
    void theProgramRoutesMaySeatAPapStudentOnlyOnceTheWorkflowHasEnrolledThem() {
        for (PapStatus status : PapStatus.values()) {
            var workflow = new PapWorkflow(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                    status, null, null, null, null, null, null, null, null, null, null, null, NOW, NOW);
            var refusal = PapSeatingPolicy.programRouteRefusal(workflow);
            boolean enrolledAlready = Set.of(PapStatus.ENROLLED, PapStatus.PLACEMENT_UNDER_REVIEW,
                    PapStatus.PAYMENT_COLLECTION_PENDING, PapStatus.CLOSED).contains(status);
            assertThat(refusal.isEmpty()).as(status.name()).isEqualTo(enrolledAlready);
            refusal.ifPresent(e -> {
                assertThat(e.code()).isEqualTo(PapErrors.SEATED_THROUGH_PAP);
                assertThat(e.kind()).isEqualTo(in.mrmentor.shared.ErrorKind.CONFLICT);
                assertThat(e.detail()).contains("/api/admin/pap/workflows/" + workflow.id() + "/");
                assertThat(e.properties()).containsEntry("workflowId", workflow.id().toString())
                        .containsEntry("workflowStatus", status.name());
            });
        }
        var waiting = new PapWorkflow(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                PapStatus.PENDING_UPFRONT_PAYMENT, null, null, null, null, null, null, PaymentOption.UPFRONT, null, null,
                null, UUID.randomUUID(), NOW, NOW);
        assertThat(PapSeatingPolicy.programRouteRefusal(waiting).orElseThrow().detail())
                .contains("POST /api/admin/pap/workflows/" + waiting.id() + "/enroll");
    }

    @Test
    void thePapFeeIsAPercentOfTheCtcCappedAndRoundedDown() {
        var rule = PapFeeRule.DEFAULT;
        assertThat(rule.feeFor(12_00_000_00L)).as("15 % of ₹12 lakh").isEqualTo(1_80_000_00L);
        assertThat(rule.feeFor(10_00_00_000_00L)).as("capped at ₹5 lakh").isEqualTo(5_00_000_00L);
        assertThat(new PapFeeRule(15, 50_000_000).feeFor(333)).isEqualTo(49);
    }

    @Test
    void aPanHasFiveLettersFourDigitsAndALetter() {
        assertThat(new MouDetails("Asha Rao", "abcpe1234f", "1 MG Road", null, null).pan()).isEqualTo("ABCPE1234F");
        for (String bad : new String[]{"ABCPE1234", "ABCP1234FF", "12345ABCDE", "ABCXE1234F", ""}) {
            assertThatThrownBy(() -> new MouDetails("Asha Rao", bad, "1 MG Road", null, null)).as(bad)
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.fieldErrors()).extracting(f -> f.field()).containsExactly("pan"));
        }
    }

    @Test
    void aPlacementCtcLiesFromOneLakhToTenCrore() {
        Placement.validate("Acme", "Analyst", Placement.MIN_CTC_PAISE, LocalDate.of(2027, 6, 1));
        for (long bad : new long[]{0, Placement.MIN_CTC_PAISE - 1, Placement.MAX_CTC_PAISE + 1, -5}) {
            assertThatThrownBy(() -> Placement.validate("Acme", "Analyst", bad, LocalDate.of(2027, 6, 1))).as("" + bad)
                    .isInstanceOfSatisfying(DomainException.class,
                            e -> assertThat(e.fieldErrors()).extracting(f -> f.field()).containsExactly("annualCtcPaise"));
        }
    }

    @Test
    void aTemplateFillsItsPlaceholdersAndLeavesUnknownOnesEmpty() {
        var template = new AgreementTemplate(2, "Hello {{ legalName }}, PAN {{pan}}{{nothing}}.", null, NOW);
        assertThat(template.render(Map.of("legalName", "Asha", "pan", "ABCPE1234F")))
                .isEqualTo("Hello Asha, PAN ABCPE1234F.");
    }
}
