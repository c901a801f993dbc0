package in.mrmentor.identity;

/**
 * Who a user is to the platform (seed 003: one {@code users} table, told apart by role).
 * USER is a student, EXPERT a mentor, RECRUITER a Mr. Hire HR user (created by an ADMIN).
 */
public enum Role {
    USER,
    EXPERT,
    SALES,
    RECRUITER,
    ADMIN,
    SUPERADMIN;

    /** True when this role may do what {@code required} may: SUPERADMIN may do everything ADMIN may. */
    public boolean satisfies(Role required) {
        return this == required || (this == SUPERADMIN && required == ADMIN);
    }
}
