package in.mrmentor.invoice.port.memory;

import in.mrmentor.invoice.port.DocumentStore;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryDocumentStore implements DocumentStore {
    private final Map<String, byte[]> blobs = new ConcurrentHashMap<>();

    @Override
    public void put(String key, byte[] pdf) {
        blobs.put(key, pdf.clone());
    }

    @Override
    public Optional<byte[]> get(String key) {
        return Optional.ofNullable(blobs.get(key)).map(byte[]::clone);
    }

    @Override
    public boolean exists(String key) {
        return blobs.containsKey(key);
    }

    public Map<String, byte[]> all() {
        return Map.copyOf(blobs);
    }
}
