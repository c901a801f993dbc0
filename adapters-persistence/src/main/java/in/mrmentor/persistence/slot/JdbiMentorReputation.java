package in.mrmentor.persistence.slot;

import in.mrmentor.slot.port.MentorReputation;
import org.jdbi.v3.core.Jdbi;

import java.util.UUID;

/** A mentor's rating and completed meetings, read from the slots and their feedback. */
public final class JdbiMentorReputation implements MentorReputation {
    private final Jdbi jdbi;

    public JdbiMentorReputation(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Reputation of(UUID mentorId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT "
                        + "(SELECT avg(f.rating) FROM slot_feedback f JOIN slots s ON s.id = f.slot_id "
                        + "  WHERE s.mentor_id = :mentor) AS average, "
                        + "(SELECT count(*) FROM slot_feedback f JOIN slots s ON s.id = f.slot_id "
                        + "  WHERE s.mentor_id = :mentor) AS ratings, "
                        + "(SELECT count(*) FROM slots WHERE mentor_id = :mentor AND status = 'COMPLETED') AS completed")
                .bind("mentor", mentorId)
                .map((rs, ctx) -> {
                    double average = rs.getDouble("average");
                    return new Reputation(rs.wasNull() ? null : Math.round(average * 100) / 100.0,
                            rs.getLong("ratings"), rs.getLong("completed"));
                }).one());
    }
}
