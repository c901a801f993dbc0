package in.mrmentor.pap.port.memory;

import in.mrmentor.pap.port.PapDocuments;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Documents held in memory; like the blob store, writes are not part of a transaction. */
public final class InMemoryPapDocuments implements PapDocuments {
    private final Map<String, byte[]> blobs = new ConcurrentHashMap<>();

    @Override
    public void store(String key, byte[] pdf) {
        blobs.put(key, pdf.clone());
    }

    @Override
    public Optional<byte[]> read(String key) {
        return Optional.ofNullable(blobs.get(key)).map(byte[]::clone);
    }

    public int count() {
        return blobs.size();
    }
}
