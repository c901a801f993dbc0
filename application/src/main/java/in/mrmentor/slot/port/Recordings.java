package in.mrmentor.slot.port;

import in.mrmentor.slot.Recording;

import java.util.Optional;
import java.util.UUID;

public interface Recordings {

    void add(Recording recording);

    Optional<Recording> find(UUID id);

    /** Stores a recording's new status; false when there is no such recording. */
    boolean replace(Recording recording);
}
