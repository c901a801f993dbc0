package in.mrmentor.persistence.slot;

import in.mrmentor.persistence.KeysetPages;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TextKey;
import in.mrmentor.slot.MentorProfile;
import in.mrmentor.slot.port.MentorProfiles;
import org.jdbi.v3.core.Jdbi;

import java.sql.Array;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Mentor profiles; the list joins the users table for names and keeps active EXPERT users only. */
public final class JdbiMentorProfiles implements MentorProfiles {
    private final Jdbi jdbi;

    public JdbiMentorProfiles(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void save(MentorProfile profile) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO mentor_profiles (mentor_id, bio, expertise, token_cost, "
                        + "earning_per_meeting_paise, updated_at) VALUES (:mentor, :bio, :expertise, :cost, :earning, now()) "
                        + "ON CONFLICT (mentor_id) DO UPDATE SET bio = EXCLUDED.bio, expertise = EXCLUDED.expertise, "
                        + "token_cost = EXCLUDED.token_cost, earning_per_meeting_paise = EXCLUDED.earning_per_meeting_paise, "
                        + "updated_at = now()")
                .bind("mentor", profile.mentorId()).bind("bio", profile.bio())
                .bindArray("expertise", String.class, profile.expertise())
                .bind("cost", profile.tokenCost()).bind("earning", profile.earningPerMeetingPaise())
                .execute());
    }

    @Override
    public Optional<MentorProfile> find(UUID mentorId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT mentor_id, bio, expertise, token_cost, "
                        + "earning_per_meeting_paise FROM mentor_profiles WHERE mentor_id = :mentor")
                .bind("mentor", mentorId)
                .map((rs, ctx) -> new MentorProfile(rs.getObject("mentor_id", UUID.class), rs.getString("bio"),
                        strings(rs.getArray("expertise")), rs.getLong("token_cost"),
                        rs.getLong("earning_per_meeting_paise")))
                .findOne());
    }

    @Override
    public List<MentorCard> list(PageRequest<TextKey> page) {
        return jdbi.withHandle(h -> KeysetPages.bindText(h.createQuery("SELECT p.mentor_id, u.name, p.expertise, "
                        + "p.token_cost FROM mentor_profiles p JOIN users u ON u.id = p.mentor_id "
                        + "WHERE u.role = 'EXPERT' AND u.is_active AND " + KeysetPages.afterText("u.name", "p.mentor_id")
                        + " ORDER BY u.name, p.mentor_id LIMIT :fetch"), page)
                .map((rs, ctx) -> new MentorCard(rs.getObject("mentor_id", UUID.class), rs.getString("name"),
                        strings(rs.getArray("expertise")), rs.getLong("token_cost")))
                .list());
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
