package in.mrmentor.pap.port.memory;

import in.mrmentor.blobs.BlobKeys;
import in.mrmentor.pap.port.PapDocuments;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Documents held in memory; like the blob store, writes are not part of a transaction, and a key the
 * blob store would refuse is refused here too (it was accepted, so a badly built key passed the tests).
 */
public final class InMemoryPapDocuments implements PapDocuments {
    private final Map<String, byte[]> blobs = new ConcurrentHashMap<>();

    @Override
    public void store(String key, byte[] pdf) {
        blobs.put(BlobKeys.requireValid(key), pdf.clone());
    }

    @Override
    public Optional<byte[]> read(String key) {
        return Optional.ofNullable(blobs.get(BlobKeys.requireValid(key))).map(byte[]::clone);
    }

    public int count() {
        return blobs.size();
    }
}
