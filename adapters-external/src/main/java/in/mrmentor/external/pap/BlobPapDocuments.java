package in.mrmentor.external.pap;

import in.mrmentor.blobs.port.BlobStore;
import in.mrmentor.pap.port.PapDocuments;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/** PAP's PDFs in the platform's blob store (filesystem or S3). */
public final class BlobPapDocuments implements PapDocuments {
    private static final String PDF = "application/pdf";

    private final BlobStore blobs;

    public BlobPapDocuments(BlobStore blobs) {
        this.blobs = blobs;
    }

    @Override
    public void store(String key, byte[] pdf) {
        blobs.put(key, new ByteArrayInputStream(pdf), PDF, pdf.length);
    }

    @Override
    public Optional<byte[]> read(String key) {
        return blobs.get(key).map(blob -> {
            try (blob) {
                return blob.content().readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
