package in.mrmentor.blobs.port;

import in.mrmentor.blobs.Blob;
import in.mrmentor.shared.port.HealthCheck;

import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Recordings, documents and invoice PDFs, by key. Keys follow {@link in.mrmentor.blobs.BlobKeys};
 * every method refuses another key with a {@code VALIDATION_FAILED} error before touching storage.
 * Writes are all or nothing: a reader sees the old blob or the new one, never half of one.
 */
public interface BlobStore {
    String DEFAULT_CONTENT_TYPE = "application/octet-stream";

    /**
     * A write in progress is never quiet for this long: the HTTP server drops an upload that sends
     * nothing for its idle timeout (seconds), and a failed write removes its own temporary file.
     * A temporary file untouched for longer was left by a process killed in the middle of a write.
     */
    Duration ABANDONED_WRITE_AGE = Duration.ofHours(1);

    /**
     * Stores the stream under the key, replacing what was there. The stream is read to its end
     * but not closed.
     *
     * @param contentType null means {@link #DEFAULT_CONTENT_TYPE}
     * @param length      the number of bytes, or -1 when unknown
     */
    void put(String key, InputStream content, String contentType, long length);

    /** The blob, or empty when nothing is stored under the key. */
    Optional<Blob> get(String key);

    boolean exists(String key);

    /** Removes the blob; removing a missing key is not an error. */
    void delete(String key);

    /**
     * A URL a browser can read the blob from directly for {@code validFor} (a presigned URL on
     * S3), or empty when the HTTP layer must serve the bytes itself (the filesystem).
     */
    Optional<URI> readUrl(String key, Duration validFor);

    /**
     * Removes the temporary files of writes cut off by a crash ({@code kill -9} during an upload)
     * that nobody has written to since {@code untouchedSince}, and returns how many it removed.
     * Finished blobs are never touched.
     */
    long removeAbandonedWrites(Instant untouchedSince);

    /** Reports whether the storage answers, as {@code blobStore}. */
    HealthCheck healthCheck();
}
