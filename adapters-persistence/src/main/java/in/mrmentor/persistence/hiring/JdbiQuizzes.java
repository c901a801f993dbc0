package in.mrmentor.persistence.hiring;

import static in.mrmentor.persistence.Timestamps.utc;

import in.mrmentor.hiring.QuizInvitation;
import in.mrmentor.hiring.QuizTemplate;
import in.mrmentor.hiring.port.Quizzes;
import in.mrmentor.persistence.Timestamps;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

public final class JdbiQuizzes implements Quizzes {
    private static final String INVITATION_COLUMNS = "id, application_id, template_id, token_digest, expires_at, "
            + "created_at, submitted_at, score_percent";
    private static final RowMapper<QuizInvitation> INVITATION = (rs, ctx) -> new QuizInvitation(
            rs.getObject("id", UUID.class),
            rs.getObject("application_id", UUID.class),
            rs.getObject("template_id", UUID.class),
            rs.getString("token_digest"),
            Timestamps.instant(rs, "expires_at"),
            Timestamps.instant(rs, "created_at"),
            Timestamps.instant(rs, "submitted_at"),
            rs.getObject("score_percent", Integer.class));

    private final Jdbi jdbi;

    public JdbiQuizzes(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void addTemplate(QuizTemplate template) {
        jdbi.useTransaction(h -> {
            h.createUpdate("INSERT INTO quiz_templates (id, owner_id, title, created_at) VALUES (:id, :owner, :title, :at)")
                    .bind("id", template.id()).bind("owner", template.ownerId()).bind("title", template.title())
                    .bind("at", utc(template.createdAt())).execute();
            var batch = h.prepareBatch("INSERT INTO quiz_questions (id, template_id, position, text, options, correct_index) "
                    + "VALUES (:id, :template, :position, :text, :options, :correct)");
            int position = 0;
            for (var question : template.questions()) {
                batch.bind("id", question.id()).bind("template", template.id()).bind("position", position++)
                        .bind("text", question.text()).bindArray("options", String.class, question.options())
                        .bind("correct", question.correctIndex()).add();
            }
            batch.execute();
        });
    }

    @Override
    public Optional<QuizTemplate> template(UUID id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, owner_id, title, created_at FROM quiz_templates WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> rs.getObject("id", UUID.class)).findOne()
                .map(found -> load(h, found)));
    }

    @Override
    public List<QuizTemplate> templates(UUID ownerId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id FROM quiz_templates "
                        + "WHERE CAST(:owner AS uuid) IS NULL OR owner_id = :owner ORDER BY created_at DESC, id")
                .bindByType("owner", ownerId, UUID.class).mapTo(UUID.class).list()
                .stream().map(id -> load(h, id)).toList());
    }

    private static QuizTemplate load(Handle h, UUID id) {
        var questions = h.createQuery("SELECT id, text, options, correct_index FROM quiz_questions "
                        + "WHERE template_id = :id ORDER BY position")
                .bind("id", id)
                .map((rs, ctx) -> new QuizTemplate.Question(rs.getObject("id", UUID.class), rs.getString("text"),
                        Arrays.texts(rs, "options"), rs.getInt("correct_index")))
                .list();
        return h.createQuery("SELECT owner_id, title, created_at FROM quiz_templates WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> new QuizTemplate(id, rs.getObject("owner_id", UUID.class), rs.getString("title"),
                        questions, Timestamps.instant(rs, "created_at")))
                .one();
    }

    @Override
    public boolean anyTemplate() {
        return jdbi.withHandle(h -> h.createQuery("SELECT EXISTS (SELECT 1 FROM quiz_templates)").mapTo(Boolean.class).one());
    }

    @Override
    public void addInvitation(QuizInvitation i) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO quiz_invitations (" + INVITATION_COLUMNS + ") VALUES (:id, "
                        + ":application, :template, :digest, :expiresAt, :createdAt, :submittedAt, :score)")
                .bind("id", i.id()).bind("application", i.applicationId()).bind("template", i.templateId())
                .bind("digest", i.tokenDigest()).bind("expiresAt", utc(i.expiresAt()))
                .bind("createdAt", utc(i.createdAt())).bind("submittedAt", utc(i.submittedAt()))
                .bindByType("score", i.scorePercent(), Integer.class)
                .execute());
    }

    @Override
    public Optional<QuizInvitation> lockInvitation(UUID id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + INVITATION_COLUMNS + " FROM quiz_invitations WHERE id = :id "
                        + "FOR UPDATE")
                .bind("id", id).map(INVITATION).findOne());
    }

    @Override
    public void replaceInvitation(QuizInvitation i) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE quiz_invitations SET submitted_at = :submittedAt, score_percent = :score "
                        + "WHERE id = :id")
                .bind("id", i.id()).bind("submittedAt", utc(i.submittedAt()))
                .bindByType("score", i.scorePercent(), Integer.class)
                .execute());
    }

    @Override
    public List<QuizInvitation> invitationsOf(UUID applicationId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + INVITATION_COLUMNS + " FROM quiz_invitations "
                        + "WHERE application_id = :id ORDER BY created_at, id")
                .bind("id", applicationId).map(INVITATION).list());
    }
}
