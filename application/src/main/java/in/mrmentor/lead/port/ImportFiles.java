package in.mrmentor.lead.port;

import java.io.InputStream;
import java.util.UUID;

/** Where an uploaded CSV waits for its import job (the blob store). */
public interface ImportFiles {

    /** Stores the stream (read to its end, not closed). */
    void store(UUID importId, InputStream content, long length);

    /** The stored file, to be closed by the caller; throws {@link Missing} when it is gone. */
    InputStream open(UUID importId);

    /** The upload is not in the store (removed by hand, or another store configured since). */
    final class Missing extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public Missing(UUID importId) {
            super("the uploaded file of import " + importId + " is gone", null, false, false);
        }
    }
}
