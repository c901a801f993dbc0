package in.mrmentor.pap.port;

import in.mrmentor.pap.PapErrors;

import java.util.Objects;
import java.util.UUID;

/**
 * The e-signing service (Leegality, or the demo provider that signs at once). Unconfigured, every
 * call is refused with 503 {@code INTEGRATION_NOT_CONFIGURED}.
 */
public interface ESignProvider {

    /** Who signs. */
    record Invitee(String name, String email) {
        public Invitee {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(email, "email");
        }
    }

    /**
     * A document sent for signing: the provider's id, where the signer signs, and the signed PDF when
     * the provider signed at once (the demo provider), else null.
     */
    record SignRequest(String documentId, String signUrl, byte[] signedAtOnce) {
        public SignRequest {
            Objects.requireNonNull(documentId, "documentId");
            Objects.requireNonNull(signUrl, "signUrl");
        }
    }

    /** Sends the PDF to be signed by the invitee; {@code irn} is our reference (the workflow id). */
    SignRequest requestSignature(UUID irn, byte[] pdf, Invitee invitee);

    /**
     * The document id of an authentic provider callback.
     *
     * @throws in.mrmentor.shared.DomainException 401 {@code INVALID_MAC} when the callback is not authentic
     */
    String authenticCallback(byte[] rawBody);

    /** Asks the provider (never the callback's body) whether every invitee has signed. */
    boolean isCompleted(String documentId);

    /** The signed PDF of a completed document. */
    byte[] signedDocument(String documentId);

    ESignProvider NOT_CONFIGURED = new ESignProvider() {
        @Override
        public SignRequest requestSignature(UUID irn, byte[] pdf, Invitee invitee) {
            throw PapErrors.notConfigured("E-signing");
        }

        @Override
        public String authenticCallback(byte[] rawBody) {
            throw PapErrors.notConfigured("E-signing");
        }

        @Override
        public boolean isCompleted(String documentId) {
            throw PapErrors.notConfigured("E-signing");
        }

        @Override
        public byte[] signedDocument(String documentId) {
            throw PapErrors.notConfigured("E-signing");
        }
    };
}
