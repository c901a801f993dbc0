package in.mrmentor.invoice;

import java.util.List;
import java.util.Optional;

/**
 * The official GST state-code list (as the migration seeds {@code gst_state_codes}): 26 is the merged
 * Dadra and Nagar Haveli and Daman and Diu, 37 Andhra Pradesh after 2014, 38 Ladakh, 97 Other
 * Territory and 96 Other Countries. 25 and 28 are retired codes and not listed.
 */
public final class GstStateCodes {
    public static final List<GstState> OFFICIAL = List.of(
            new GstState("01", "Jammu and Kashmir"), new GstState("02", "Himachal Pradesh"),
            new GstState("03", "Punjab"), new GstState("04", "Chandigarh"), new GstState("05", "Uttarakhand"),
            new GstState("06", "Haryana"), new GstState("07", "Delhi"), new GstState("08", "Rajasthan"),
            new GstState("09", "Uttar Pradesh"), new GstState("10", "Bihar"), new GstState("11", "Sikkim"),
            new GstState("12", "Arunachal Pradesh"), new GstState("13", "Nagaland"), new GstState("14", "Manipur"),
            new GstState("15", "Mizoram"), new GstState("16", "Tripura"), new GstState("17", "Meghalaya"),
            new GstState("18", "Assam"), new GstState("19", "West Bengal"), new GstState("20", "Jharkhand"),
            new GstState("21", "Odisha"), new GstState("22", "Chhattisgarh"), new GstState("23", "Madhya Pradesh"),
            new GstState("24", "Gujarat"), new GstState("26", "Dadra and Nagar Haveli and Daman and Diu"),
            new GstState("27", "Maharashtra"), new GstState("29", "Karnataka"), new GstState("30", "Goa"),
            new GstState("31", "Lakshadweep"), new GstState("32", "Kerala"), new GstState("33", "Tamil Nadu"),
            new GstState("34", "Puducherry"), new GstState("35", "Andaman and Nicobar Islands"),
            new GstState("36", "Telangana"), new GstState("37", "Andhra Pradesh"), new GstState("38", "Ladakh"),
            new GstState("96", "Other Countries"), new GstState("97", "Other Territory"));

    private GstStateCodes() {
    }

    public static Optional<GstState> find(String code) {
        return OFFICIAL.stream().filter(state -> state.code().equals(code)).findFirst();
    }
}
