package in.mrmentor.lead.port;

import java.io.InputStream;
import java.util.UUID;

/** Where an uploaded CSV waits for its import job (the blob store). */
public interface ImportFiles {

    /** Stores the stream (read to its end, not closed). */
    void store(UUID importId, InputStream content, long length);

    /** The stored file, to be closed by the caller; a missing one is an {@link IllegalStateException}. */
    InputStream open(UUID importId);
}
