package in.mrmentor.lead;

/** A vendor API key's lifecycle: {@code ACTIVE <-> DISABLED}, {@code ACTIVE | DISABLED -> REVOKED}; revoked is final. */
public enum VendorKeyStatus {
    ACTIVE,
    DISABLED,
    REVOKED;

    public boolean canMoveTo(VendorKeyStatus target) {
        return switch (this) {
            case ACTIVE -> target == DISABLED || target == REVOKED;
            case DISABLED -> target == ACTIVE || target == REVOKED;
            case REVOKED -> false;
        };
    }

    public VendorKeyStatus moveTo(VendorKeyStatus target) {
        if (!canMoveTo(target)) {
            throw LeadErrors.invalidTransition(this, target);
        }
        return target;
    }
}
