package in.mrmentor.external.pap;

import in.mrmentor.external.blob.FilesystemBlobStore;
import in.mrmentor.pap.port.PapDocuments;
import in.mrmentor.pap.port.PapDocumentsContract;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

class BlobPapDocumentsTest extends PapDocumentsContract {
    @TempDir
    Path blobs;

    @Override
    protected PapDocuments newDocuments() {
        return new BlobPapDocuments(new FilesystemBlobStore(blobs));
    }
}
