package in.mrmentor.persistence;

import org.postgresql.util.PSQLException;

/** Recognises PostgreSQL's refusals by the constraint that refused, so an adapter can turn one into an outcome. */
public final class Constraints {

    private Constraints() {
    }

    /** True when {@code e} (or a cause) is PostgreSQL refusing a row because of {@code constraint}. */
    public static boolean isViolated(Throwable e, String constraint) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof PSQLException sql && sql.getServerErrorMessage() != null
                    && constraint.equals(sql.getServerErrorMessage().getConstraint())) {
                return true;
            }
        }
        return false;
    }
}
