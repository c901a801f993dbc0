package in.mrmentor.pap.port;

import java.util.Optional;

/** Where the MOU, the signed MOU and offer letters live: PAP's narrow view of the blob store. */
public interface PapDocuments {

    void store(String key, byte[] pdf);

    Optional<byte[]> read(String key);
}
