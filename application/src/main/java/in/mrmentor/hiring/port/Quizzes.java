package in.mrmentor.hiring.port;

import in.mrmentor.hiring.QuizInvitation;
import in.mrmentor.hiring.QuizTemplate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Quiz templates and the invitations to take them. */
public interface Quizzes {

    void addTemplate(QuizTemplate template);

    Optional<QuizTemplate> template(UUID id);

    /** Templates of {@code ownerId} (null: everyone's), newest first. */
    List<QuizTemplate> templates(UUID ownerId);

    boolean anyTemplate();

    void addInvitation(QuizInvitation invitation);

    /** The invitation, held until the transaction ends (one submission). */
    Optional<QuizInvitation> lockInvitation(UUID id);

    void replaceInvitation(QuizInvitation invitation);

    /** The application's invitations, oldest first. */
    List<QuizInvitation> invitationsOf(UUID applicationId);
}
