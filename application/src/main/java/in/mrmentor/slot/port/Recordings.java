package in.mrmentor.slot.port;

import in.mrmentor.slot.Recording;

import java.util.Optional;
import java.util.UUID;

public interface Recordings {

    void add(Recording recording);

    Optional<Recording> find(UUID id);
}
