package in.mrmentor.hiring.port;

import java.util.UUID;

/** Hands an application's screening to the {@code resumeAnalysis} job; a run already waiting is not doubled. */
public interface ScreeningQueue {

    void enqueue(UUID applicationId);
}
