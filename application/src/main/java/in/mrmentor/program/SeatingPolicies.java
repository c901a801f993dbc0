package in.mrmentor.program;

import in.mrmentor.shared.DomainException;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Whether the admin's program routes may seat or enroll an application ({@link AllocateBatch},
 * {@link ChangeEnrollment#enroll}). A context that seats some applications through its own steps, so
 * that its own record moves with the seat, registers a policy here from its module (the PAP workflow
 * does); the routes ask every policy under the application's row lock, inside their transaction, and
 * leave such an application to that context. Programs so never depend on the contexts built on them.
 */
public final class SeatingPolicies {

    /** One context's rule: why the program routes must not seat or enroll this application; empty when they may. */
    @FunctionalInterface
    public interface Policy {
        Optional<DomainException> refusal(ProgramApplication application);
    }

    private final List<Policy> policies = new CopyOnWriteArrayList<>();

    /** Adds a policy; called while wiring, before any request arrives. */
    public void register(Policy policy) {
        policies.add(Objects.requireNonNull(policy, "policy"));
    }

    /** Throws the first refusal; returns when every policy lets the program routes seat the application. */
    void check(ProgramApplication application) {
        for (Policy policy : policies) {
            var refusal = policy.refusal(application);
            if (refusal.isPresent()) {
                throw refusal.get();
            }
        }
    }
}
