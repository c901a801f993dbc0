package in.mrmentor.identity;

/**
 * Who may change an account's role or activity, and which changes need the last-SUPERADMIN check.
 * As with {@link AccountCreationPolicy}, administrators manage everyday accounts, and only a
 * SUPERADMIN may grant, remove or otherwise touch ADMIN and SUPERADMIN accounts, so a compromised
 * ADMIN can neither promote itself nor lock the SUPERADMINs out.
 */
public final class UserAccessPolicy {

    private UserAccessPolicy() {
    }

    public static boolean isPrivileged(Role role) {
        return role == Role.ADMIN || role == Role.SUPERADMIN;
    }

    /** Whether {@code actor} may change an account holding {@code currentRole} so that it holds {@code newRole}. */
    public static boolean mayChange(Role actor, Role currentRole, Role newRole) {
        if (actor == null || currentRole == null || newRole == null || !actor.satisfies(Role.ADMIN)) {
            return false;
        }
        return actor == Role.SUPERADMIN || (!isPrivileged(currentRole) && !isPrivileged(newRole));
    }

    /** True when the change takes an active SUPERADMIN away (deactivated or demoted). */
    public static boolean removesActiveSuperadmin(User before, User after) {
        return isActiveSuperadmin(before) && !isActiveSuperadmin(after);
    }

    public static boolean isActiveSuperadmin(User user) {
        return user.active() && user.role() == Role.SUPERADMIN;
    }
}
