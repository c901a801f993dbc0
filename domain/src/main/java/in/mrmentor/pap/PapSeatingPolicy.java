package in.mrmentor.pap;

import in.mrmentor.shared.DomainException;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who seats a PAP student: the workflow. Until its workflow is ENROLLED, an application with a PAP
 * workflow is seated only by the workflow's own steps (the admin's approve-pap, the captured upfront
 * fee, the admin's enroll route for a paid student waiting for a seat), each of which moves the
 * application and the workflow in one transaction. The program routes' allocate and enroll would
 * move the application alone: the workflow would be left waiting beside a seated student, and a
 * student who had neither paid nor been approved would get a seat. The workflow has no status that
 * matches an allocated but not enrolled application, so those routes cannot move it along; they are
 * refused with 409 {@code SEATED_THROUGH_PAP}, naming the route that seats the student. Once the
 * workflow is ENROLLED, the application is enrolled too and the program routes answer as for anyone.
 */
public final class PapSeatingPolicy {
    private static final Set<PapStatus> BEFORE_ENROLLMENT = EnumSet.of(PapStatus.PENDING_MOU_DETAILS,
            PapStatus.PENDING_MOU_UPLOAD, PapStatus.PENDING_MOU_REVIEW, PapStatus.MOU_SIGNED_APPROVED,
            PapStatus.PENDING_PAYMENT_OPTION, PapStatus.PENDING_PAP_APPROVAL, PapStatus.PENDING_UPFRONT_PAYMENT);

    private PapSeatingPolicy() {
    }

    /** Why the program routes may not seat or enroll the workflow's application; empty when they may. */
    public static Optional<DomainException> programRouteRefusal(PapWorkflow workflow) {
        if (!BEFORE_ENROLLMENT.contains(workflow.status())) {
            return Optional.empty();
        }
        return Optional.of(PapErrors.seatedThroughPap(workflow));
    }
}
