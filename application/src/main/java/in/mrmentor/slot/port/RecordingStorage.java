package in.mrmentor.slot.port;

import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** Where recording bytes live: mentorship's narrow view of the platform's blob store. */
public interface RecordingStorage {

    /** Stored bytes being read; the caller closes the stream. */
    record StoredRecording(InputStream content, String contentType, long size) {
    }

    /** Stores the stream's bytes under the key and returns how many there were. */
    long store(String key, InputStream content, String contentType);

    Optional<StoredRecording> open(String key);

    /** Removes the bytes; nothing happens when there are none. */
    void delete(String key);

    /** A URL the browser may fetch directly (a presigned URL), or empty when the server must stream it. */
    Optional<URI> readUrl(String key, Duration validFor);
}
