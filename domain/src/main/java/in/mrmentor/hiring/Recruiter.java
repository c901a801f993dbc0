package in.mrmentor.hiring;

import java.util.Objects;
import java.util.UUID;

/**
 * Who manages posts and applications: a recruiter sees their own, an administrator sees all. Another
 * recruiter's post or application does not exist for the caller ({@link RecordAccess}).
 */
public record Recruiter(UUID id, boolean admin) {
    public Recruiter {
        Objects.requireNonNull(id, "id");
    }

    public static Recruiter recruiter(UUID id) {
        return new Recruiter(id, false);
    }

    public static Recruiter administrator(UUID id) {
        return new Recruiter(id, true);
    }
}
