package in.mrmentor.external.lead;

import in.mrmentor.blobs.port.BlobStore;
import in.mrmentor.lead.port.ImportFiles;

import java.io.InputStream;
import java.util.UUID;

/** Uploaded lead CSVs under {@code crm-imports/} of the platform's blob store (filesystem or S3). */
public final class BlobImportFiles implements ImportFiles {
    private final BlobStore blobs;

    public BlobImportFiles(BlobStore blobs) {
        this.blobs = blobs;
    }

    private static String key(UUID importId) {
        return "crm-imports/" + importId + ".csv";
    }

    @Override
    public void store(UUID importId, InputStream content, long length) {
        blobs.put(key(importId), content, "text/csv", length);
    }

    @Override
    public InputStream open(UUID importId) {
        return blobs.get(key(importId)).orElseThrow(() -> new Missing(importId))
                .content();
    }
}
