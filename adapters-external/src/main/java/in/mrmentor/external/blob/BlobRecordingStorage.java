package in.mrmentor.external.blob;

import in.mrmentor.blobs.port.BlobStore;
import in.mrmentor.slot.port.RecordingStorage;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** Mentorship's recordings in whichever {@link BlobStore} the platform runs (filesystem or S3). */
public final class BlobRecordingStorage implements RecordingStorage {
    private final BlobStore blobs;

    public BlobRecordingStorage(BlobStore blobs) {
        this.blobs = blobs;
    }

    @Override
    public long store(String key, InputStream content, String contentType) {
        var counting = new CountingStream(content);
        blobs.put(key, counting, contentType, -1);
        return counting.count;
    }

    @Override
    public Optional<StoredRecording> open(String key) {
        return blobs.get(key).map(blob -> new StoredRecording(blob.content(), blob.contentType(), blob.size()));
    }

    @Override
    public void delete(String key) {
        blobs.delete(key);
    }

    @Override
    public Optional<URI> readUrl(String key, Duration validFor) {
        return blobs.readUrl(key, validFor);
    }

    /** The size is what the store actually read, whatever the client's Content-Length said. */
    private static final class CountingStream extends FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
