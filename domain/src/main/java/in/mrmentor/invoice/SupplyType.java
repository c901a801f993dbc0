package in.mrmentor.invoice;

/** Intra-state supplies pay CGST + SGST (or UTGST), inter-state supplies IGST (IGST Act s.8). */
public enum SupplyType {
    INTRA_STATE,
    INTER_STATE;

    public static SupplyType between(String supplierStateCode, String placeOfSupplyCode) {
        return supplierStateCode.equals(placeOfSupplyCode) ? INTRA_STATE : INTER_STATE;
    }
}
