package in.mrmentor.external.pap;

import in.mrmentor.pap.PapErrors;
import in.mrmentor.pap.port.ESignProvider;

import java.util.UUID;

/**
 * The seed's {@code MAS101_PAP_DEMO_AUTOVERIFY}: the MOU counts as signed the moment it is sent, so a
 * demo runs journey 6 without Leegality. It has no callbacks (any is refused as not authentic), and
 * bootstrap refuses to start with it in production.
 */
public final class DemoAutoVerifyESign implements ESignProvider {

    @Override
    public SignRequest requestSignature(UUID irn, byte[] pdf, Invitee invitee) {
        return new SignRequest("demo-" + irn + "-" + UUID.randomUUID(), "about:blank#demo-signed", pdf.clone());
    }

    @Override
    public String authenticCallback(byte[] rawBody) {
        throw PapErrors.invalidMac();
    }

    @Override
    public boolean isCompleted(String documentId) {
        return true;
    }

    @Override
    public byte[] signedDocument(String documentId) {
        throw PapErrors.documentNotFound();
    }
}
