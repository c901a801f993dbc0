package in.mrmentor.invoice;

import in.mrmentor.shared.Validation;

/**
 * The recipient of an invoice: name, address, e-mail, and for a registered recipient the GSTIN. An
 * unregistered recipient names a state code instead; when neither is known (a token purchase, whose
 * buyer's address is not on record) the place of supply is the supplier's location (IGST Act s.12(2)(b)).
 */
public record Buyer(String name, String address, String stateCode, Gstin gstin, String email) {
    public static final int MAX_NAME = 200;
    public static final int MAX_ADDRESS = 500;

    public Buyer {
        new Validation()
                .requireText(name, "buyer.name", MAX_NAME)
                .optionalText(address, "buyer.address", MAX_ADDRESS)
                .require(stateCode == null || stateCode.matches("[0-9]{2}"), "buyer.stateCode", "must be two digits")
                .require(stateCode == null || gstin == null || gstin.stateCode().equals(stateCode), "buyer.stateCode",
                        "must be the state of the GSTIN (" + (gstin == null ? "" : gstin.stateCode()) + ")")
                .optionalText(email, "buyer.email", 254)
                .require(email == null || email.isBlank() || isEmailAddress(email), "buyer.email",
                        "must be an e-mail address")
                .orThrow();
    }

    /** The shape of an address finance mails documents to (a buyer's, a payer's). */
    public static boolean isEmailAddress(String value) {
        return value != null && value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    }

    /** A buyer known by name and e-mail only. */
    public static Buyer unregistered(String name, String email) {
        return new Buyer(name, null, null, null, email);
    }

    public boolean isRegistered() {
        return gstin != null;
    }

    /** The state the buyer is in, as far as the buyer says: from the GSTIN first. */
    public String declaredStateCode() {
        return gstin != null ? gstin.stateCode() : stateCode;
    }
}
