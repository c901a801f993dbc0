package in.mrmentor.invoice.port.memory;

import in.mrmentor.invoice.GstState;
import in.mrmentor.invoice.GstStateCodes;
import in.mrmentor.invoice.port.GstStates;

import java.util.List;
import java.util.Optional;

/** The official list, as the migration seeds it. */
public final class InMemoryGstStates implements GstStates {
    public static final List<GstState> OFFICIAL = GstStateCodes.OFFICIAL;

    @Override
    public Optional<GstState> find(String code) {
        return OFFICIAL.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    @Override
    public List<GstState> all() {
        return OFFICIAL;
    }
}
