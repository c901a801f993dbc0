package in.mrmentor.identity;

/**
 * Who may change another account's status or role: an ADMIN changes everyday accounts; only a
 * SUPERADMIN touches an ADMIN or SUPERADMIN account or makes one (the rule of account creation), and
 * nobody changes their own account this way, so an administrator cannot lock themselves out.
 */
final class AccountAdministrationPolicy {

    private AccountAdministrationPolicy() {
    }

    static void check(Actor actor, User target, Role newRole) {
        if (actor.userId() != null && actor.userId().equals(target.id())) {
            throw IdentityErrors.forbidden("You cannot change your own account's status or role.");
        }
        if (!AccountCreationPolicy.mayCreate(actor.role(), target.role())
                || !AccountCreationPolicy.mayCreate(actor.role(), newRole)) {
            throw IdentityErrors.forbidden("Your role may not change a " + target.role() + " account"
                    + (newRole == target.role() ? "." : " to " + newRole + "."));
        }
    }
}
