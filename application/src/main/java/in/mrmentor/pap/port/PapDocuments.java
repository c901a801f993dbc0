package in.mrmentor.pap.port;

import java.util.Optional;

/**
 * Where the MOU, the signed MOU and offer letters live: PAP's narrow view of the blob store. Keys are
 * blob keys ({@link in.mrmentor.blobs.BlobKeys}); another is refused with {@code VALIDATION_FAILED}.
 */
public interface PapDocuments {

    void store(String key, byte[] pdf);

    Optional<byte[]> read(String key);
}
