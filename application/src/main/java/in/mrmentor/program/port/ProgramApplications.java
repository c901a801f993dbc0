package in.mrmentor.program.port;

import in.mrmentor.program.ApplicationStatus;
import in.mrmentor.program.ApplicationTransition;
import in.mrmentor.program.ProgramApplication;
import in.mrmentor.shared.PageRequest;
import in.mrmentor.shared.TimeKey;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Program applications and the history of their statuses. */
public interface ProgramApplications {

    /** Adds the application; false (and nothing stored) when the user has an open one for that batch. */
    boolean add(ProgramApplication application);

    Optional<ProgramApplication> find(UUID id);

    /** The application, locked until the transaction ends. */
    Optional<ProgramApplication> lock(UUID id);

    void replace(ProgramApplication application);

    /** Appends one step to the application's history. */
    void record(ApplicationTransition transition);

    /** Every step of the application, oldest first. */
    List<ApplicationTransition> history(UUID applicationId);

    /** Applications holding a seat of the batch: BATCH_ALLOCATED or ENROLLED. */
    int seated(UUID batchId);

    /** The user's applications, newest first. */
    List<ProgramApplication> ofUser(UUID userId);

    /** Applications of a batch and status (either null: any), oldest first, after the request's key. */
    List<ProgramApplication> page(UUID batchId, ApplicationStatus status, PageRequest<TimeKey> request);
}
