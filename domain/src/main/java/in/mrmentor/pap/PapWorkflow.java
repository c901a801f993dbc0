package in.mrmentor.pap;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One student's pay-after-placement agreement (seed 003 "Mas101PapWorkflow"), one per application.
 * It pins the agreement template version its MOU was rendered from; the MOU, the signed MOU and the
 * offer letter are blobs named by their keys; {@code papFeePaise} and {@code invoiceNumber} are set
 * when an admin verifies the placement, {@code feePaymentId} (the receipt in {@code global_payments})
 * when the fee is paid. An upfront fee paid while the batch had no seat left leaves the workflow in
 * PENDING_UPFRONT_PAYMENT with its fee payment set: it waits for an admin to seat the student.
 * {@code batchId} is the batch the student is seated in once seated (an admin may seat a waiting
 * student in another batch than the one applied to), the application's batch before.
 */
public record PapWorkflow(UUID id, UUID applicationId, UUID userId, UUID batchId, PapStatus status,
                          MouDetails mouDetails, Integer templateVersion, String mouKey, String esignDocumentId,
                          String signUrl, String signedMouKey, PaymentOption paymentOption, Placement placement,
                          Long papFeePaise, String invoiceNumber, UUID feePaymentId, Instant createdAt,
                          Instant updatedAt) {
    public PapWorkflow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(status, "status");
    }

    public static PapWorkflow start(UUID id, UUID applicationId, UUID userId, UUID batchId, Instant at) {
        return new PapWorkflow(id, applicationId, userId, batchId, PapStatus.PENDING_MOU_DETAILS, null, null, null,
                null, null, null, null, null, null, null, null, at, at);
    }

    /** Refuses, without changing anything, unless the workflow is in {@code expected}. */
    public void requireStatus(PapStatus expected, Object attempted) {
        if (status != expected) {
            throw PapErrors.invalidTransition(status, attempted);
        }
    }

    /** True when the upfront fee is paid and recorded but the student has no seat yet. */
    public boolean awaitsSeat() {
        return status == PapStatus.PENDING_UPFRONT_PAYMENT && feePaymentId != null;
    }

    public PapWorkflow movedTo(PapStatus next, Instant at) {
        if (!status.canMoveTo(next)) {
            throw PapErrors.invalidTransition(status, next);
        }
        return edit().status(next).at(at).build();
    }

    public Editor edit() {
        return new Editor(this);
    }

    /** Copies of the workflow with some fields changed; lifecycle checks stay in {@link #movedTo}. */
    public static final class Editor {
        private final PapWorkflow w;
        private UUID batchId;
        private PapStatus status;
        private MouDetails mouDetails;
        private Integer templateVersion;
        private String mouKey;
        private String esignDocumentId;
        private String signUrl;
        private String signedMouKey;
        private PaymentOption paymentOption;
        private Placement placement;
        private Long papFeePaise;
        private String invoiceNumber;
        private UUID feePaymentId;
        private Instant updatedAt;

        private Editor(PapWorkflow w) {
            this.w = w;
            batchId = w.batchId;
            status = w.status;
            mouDetails = w.mouDetails;
            templateVersion = w.templateVersion;
            mouKey = w.mouKey;
            esignDocumentId = w.esignDocumentId;
            signUrl = w.signUrl;
            signedMouKey = w.signedMouKey;
            paymentOption = w.paymentOption;
            placement = w.placement;
            papFeePaise = w.papFeePaise;
            invoiceNumber = w.invoiceNumber;
            feePaymentId = w.feePaymentId;
            updatedAt = w.updatedAt;
        }

        private Editor status(PapStatus value) {
            status = value;
            return this;
        }

        /** The batch the student was seated in. */
        public Editor batch(UUID value) {
            batchId = Objects.requireNonNull(value, "batchId");
            return this;
        }

        public Editor mou(MouDetails details, int version, String key) {
            mouDetails = details;
            templateVersion = version;
            mouKey = key;
            return this;
        }

        public Editor esign(String documentId, String url) {
            esignDocumentId = documentId;
            signUrl = url;
            return this;
        }

        public Editor signedMou(String key) {
            signedMouKey = key;
            return this;
        }

        public Editor paymentOption(PaymentOption value) {
            paymentOption = value;
            return this;
        }

        public Editor placement(Placement value) {
            placement = value;
            return this;
        }

        public Editor papFee(long fee, String invoice) {
            papFeePaise = fee;
            invoiceNumber = invoice;
            return this;
        }

        public Editor feePayment(UUID paymentId) {
            feePaymentId = paymentId;
            return this;
        }

        public Editor at(Instant value) {
            updatedAt = value;
            return this;
        }

        public PapWorkflow build() {
            return new PapWorkflow(w.id, w.applicationId, w.userId, batchId, status, mouDetails, templateVersion,
                    mouKey, esignDocumentId, signUrl, signedMouKey, paymentOption, placement, papFeePaise,
                    invoiceNumber, feePaymentId, w.createdAt, updatedAt);
        }
    }
}
