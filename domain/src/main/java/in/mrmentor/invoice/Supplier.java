package in.mrmentor.invoice;

import java.util.List;
import java.util.Objects;

/** Who issues the invoices (the {@code GLOBAL_INVOICE_SUPPLIER_*} block), as printed on each one. */
public record Supplier(String name, String legalName, Gstin gstin, GstState state, List<String> addressLines,
                       String email, String phone, String website) {
    public Supplier {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(gstin, "gstin");
        Objects.requireNonNull(state, "state");
        addressLines = List.copyOf(addressLines);
        if (!gstin.stateCode().equals(state.code())) {
            throw new IllegalArgumentException("the supplier's state code is the one of its GSTIN");
        }
        legalName = legalName == null || legalName.isBlank() ? name : legalName;
    }
}
