package in.mrmentor.blobs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * A stored blob being read. The caller owns the stream and closes it (try-with-resources on the
 * blob closes it).
 *
 * @param size bytes in the blob
 */
public record Blob(InputStream content, String contentType, long size) implements AutoCloseable {
    public Blob {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(contentType, "contentType");
        if (size < 0) {
            throw new IllegalArgumentException("size is never negative");
        }
    }

    @Override
    public void close() {
        try {
            content.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
