package in.mrmentor.hiring.port;

import java.util.UUID;

/**
 * Calls a voice-interview provider to interview a candidate (declared for a later issue: no adapter
 * yet). The provider reports back through {@link InterviewEvents}.
 */
public interface VoiceInterviewer {

    /** Asks the provider to interview the application's candidate; answers the provider's interview id. */
    String schedule(UUID applicationId, String candidateName, String phoneE164, String jobTitle);
}
