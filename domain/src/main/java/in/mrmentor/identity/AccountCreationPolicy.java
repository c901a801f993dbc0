package in.mrmentor.identity;

/**
 * Who may create whom. Administrators create everyday accounts; only a SUPERADMIN may mint another
 * administrator, so a compromised ADMIN cannot multiply itself.
 */
public final class AccountCreationPolicy {

    private AccountCreationPolicy() {
    }

    public static boolean mayCreate(Role actor, Role created) {
        if (actor == null || created == null || !actor.satisfies(Role.ADMIN)) {
            return false;
        }
        boolean privileged = created == Role.ADMIN || created == Role.SUPERADMIN;
        return !privileged || actor == Role.SUPERADMIN;
    }
}
