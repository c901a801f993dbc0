package in.mrmentor.invoice.port;

import in.mrmentor.invoice.GstState;

import java.util.List;
import java.util.Optional;

/** The seeded list of GST state codes ({@code superadmin.gst_state_codes}). */
public interface GstStates {

    Optional<GstState> find(String code);

    /** By code. */
    List<GstState> all();
}
