package in.mrmentor.pap;

import in.mrmentor.pap.port.PapWorkflows;
import in.mrmentor.program.ProgramApplication;
import in.mrmentor.program.SeatingPolicies;
import in.mrmentor.shared.DomainException;

import java.util.Optional;

/**
 * {@link PapSeatingPolicy} as the programs context asks it: the program routes leave an application
 * whose PAP workflow has not enrolled it yet to the workflow. Registered with
 * {@link SeatingPolicies#register} from the PAP module; asked under the application's row lock, which
 * every step that starts or enrolls a workflow takes too.
 */
public final class PapSeating implements SeatingPolicies.Policy {
    private final PapWorkflows workflows;

    public PapSeating(PapWorkflows workflows) {
        this.workflows = workflows;
    }

    @Override
    public Optional<DomainException> refusal(ProgramApplication application) {
        return workflows.ofApplication(application.id()).flatMap(PapSeatingPolicy::programRouteRefusal);
    }
}
