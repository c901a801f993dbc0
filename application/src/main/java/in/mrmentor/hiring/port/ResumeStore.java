package in.mrmentor.hiring.port;

import java.util.Optional;

/** Where resume files live (the blob store, under {@code resumes/}). */
public interface ResumeStore {

    void put(String key, byte[] content, String contentType);

    Optional<byte[]> read(String key);

    void delete(String key);
}
