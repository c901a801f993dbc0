package in.mrmentor.http.pap;

import in.mrmentor.pap.MouDetails;
import in.mrmentor.pap.PapDocumentKind;
import in.mrmentor.pap.PapWorkflow;
import in.mrmentor.pap.Placement;
import in.mrmentor.pap.WorkflowTransition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The JSON shapes of the PAP context. */
public final class PapJson {
    public static final String CURRENCY = "INR";

    private PapJson() {
    }

    public record MouJson(String legalName, String pan, String address, String guardianName, Long expectedCtcPaise) {
        static MouJson of(MouDetails m) {
            return m == null ? null : new MouJson(m.legalName(), m.pan(), m.address(), m.guardianName(), m.expectedCtcPaise());
        }
    }

    public record PlacementJson(String company, String role, long annualCtcPaise, LocalDate joiningDate, UUID reportedBy,
                                Instant reportedAt) {
        static PlacementJson of(Placement p) {
            return p == null ? null : new PlacementJson(p.company(), p.role(), p.annualCtcPaise(), p.joiningDate(),
                    p.reportedBy(), p.reportedAt());
        }
    }

    public record TransitionJson(String from, String to, UUID actor, Instant at, String note) {
        static TransitionJson of(WorkflowTransition t) {
            return new TransitionJson(t.from() == null ? null : t.from().name(), t.to().name(), t.actor(), t.at(), t.note());
        }
    }

    public record WorkflowJson(UUID id, UUID applicationId, UUID userId, UUID batchId, String status, MouJson mouDetails,
                               Integer templateVersion, String signUrl, String paymentOption, PlacementJson placement,
                               Long papFeePaise, String currency, String invoiceNumber, UUID feePaymentId,
                               List<String> documents, Instant createdAt, Instant updatedAt,
                               List<TransitionJson> history) {
        public static WorkflowJson of(PapWorkflow w) {
            return of(w, null);
        }

        public static WorkflowJson of(PapWorkflow w, List<WorkflowTransition> history) {
            List<String> documents = new ArrayList<>();
            for (PapDocumentKind kind : PapDocumentKind.values()) {
                if (kind.key(w) != null) {
                    documents.add(kind.apiName());
                }
            }
            return new WorkflowJson(w.id(), w.applicationId(), w.userId(), w.batchId(), w.status().name(),
                    MouJson.of(w.mouDetails()), w.templateVersion(), w.signUrl(),
                    w.paymentOption() == null ? null : w.paymentOption().name(), PlacementJson.of(w.placement()),
                    w.papFeePaise(), CURRENCY, w.invoiceNumber(), w.feePaymentId(), documents, w.createdAt(),
                    w.updatedAt(), history == null ? null : history.stream().map(TransitionJson::of).toList());
        }
    }

    public record SignJson(String signUrl, WorkflowJson workflow) {
    }

    public record TemplateJson(int version, String body, UUID createdBy, Instant createdAt) {
    }

    public record CheckoutJson(String orderId, long amountPaise, String currency, String keyId) {
    }
}
