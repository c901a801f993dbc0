package in.mrmentor.invoice.port;

import java.util.Optional;

/** Where rendered PDFs live: invoicing's narrow view of the platform's blob store. */
public interface DocumentStore {

    void put(String key, byte[] pdf);

    Optional<byte[]> get(String key);

    boolean exists(String key);
}
