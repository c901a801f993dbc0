package in.mrmentor.token;

import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.ErrorKind;

/** The refusals of the token economy, with the stable codes of API.md. */
public final class TokenErrors {
    public static final String INSUFFICIENT_TOKENS = SpendPlan.INSUFFICIENT_TOKENS;
    public static final String ALREADY_DECIDED = "ALREADY_DECIDED";
    public static final String FEATURE_DISABLED = "FEATURE_DISABLED";
    public static final String INTEGRATION_NOT_CONFIGURED = "INTEGRATION_NOT_CONFIGURED";
    public static final String INVALID_SIGNATURE = "INVALID_SIGNATURE";
    public static final String PAYMENT_PROVIDER_FAILED = "PAYMENT_PROVIDER_FAILED";

    private TokenErrors() {
    }

    /** A spend the wallet cannot cover: the client should buy or request tokens (402). */
    public static DomainException cannotPay(long needed, long available) {
        return SpendPlan.insufficient(needed, available);
    }

    /** A correction that would take an account below zero: the admin's request conflicts with the balance (409). */
    public static DomainException correctionBelowZero(Wallet wallet, long needed, long available) {
        return new DomainException(ErrorKind.CONFLICT, INSUFFICIENT_TOKENS, "The " + wallet.apiName()
                + " account holds " + available + " token(s); a correction of " + needed + " would take it below zero.");
    }

    public static DomainException alreadyDecided() {
        return DomainException.conflict(ALREADY_DECIDED, "This request has already been decided.");
    }

    public static DomainException featureDisabled(String what) {
        return DomainException.forbidden(FEATURE_DISABLED, what + " is switched off on this server.");
    }

    public static DomainException paymentsNotConfigured() {
        return new DomainException(ErrorKind.UNAVAILABLE, INTEGRATION_NOT_CONFIGURED,
                "Payments are not configured on this server.");
    }

    public static DomainException invalidSignature() {
        return new DomainException(ErrorKind.INVALID, INVALID_SIGNATURE, "The payment signature does not match.");
    }

    public static DomainException providerFailed(String detail) {
        return new DomainException(ErrorKind.UNAVAILABLE, PAYMENT_PROVIDER_FAILED, detail);
    }

    public static DomainException requestNotFound() {
        return DomainException.notFound("TOKEN_REQUEST_NOT_FOUND", "There is no token request with this id.");
    }

    public static DomainException purchaseNotFound() {
        return DomainException.notFound("PURCHASE_NOT_FOUND", "There is no purchase with this id.");
    }
}
