package in.mrmentor.invoice;

import java.util.Objects;
import java.util.Set;

/** A state or union territory of the GST state-code list: a place of supply. */
public record GstState(String code, String name) {
    /** Union territories without a legislature: their intra-state tax is UTGST instead of SGST. */
    public static final Set<String> UNION_TERRITORIES_WITHOUT_LEGISLATURE = Set.of("04", "26", "31", "35", "38");
    /** "Other Countries": exports, out of scope here. */
    public static final String OTHER_COUNTRIES = "96";

    public GstState {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (!code.matches("[0-9]{2}")) {
            throw new IllegalArgumentException("a state code is two digits");
        }
    }

    public boolean isUnionTerritoryWithoutLegislature() {
        return UNION_TERRITORIES_WITHOUT_LEGISLATURE.contains(code);
    }
}
