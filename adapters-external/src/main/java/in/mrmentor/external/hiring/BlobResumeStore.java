package in.mrmentor.external.hiring;

import in.mrmentor.blobs.Blob;
import in.mrmentor.blobs.port.BlobStore;
import in.mrmentor.hiring.port.ResumeStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/** Resumes in the platform's blob store (filesystem or S3). */
public final class BlobResumeStore implements ResumeStore {
    private final BlobStore blobs;

    public BlobResumeStore(BlobStore blobs) {
        this.blobs = blobs;
    }

    @Override
    public void put(String key, byte[] content, String contentType) {
        blobs.put(key, new ByteArrayInputStream(content), contentType, content.length);
    }

    @Override
    public Optional<byte[]> read(String key) {
        return blobs.get(key).map(blob -> {
            try (Blob open = blob) {
                return open.content().readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public void delete(String key) {
        blobs.delete(key);
    }
}
