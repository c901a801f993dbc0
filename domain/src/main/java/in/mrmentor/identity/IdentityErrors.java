package in.mrmentor.identity;

import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.ErrorKind;

/** The refusals of the identity context, with the stable codes of API.md. */
public final class IdentityErrors {
    public static final String EMAIL_TAKEN = "EMAIL_TAKEN";
    public static final String INVALID_CREDENTIALS = "INVALID_CREDENTIALS";
    public static final String UNAUTHENTICATED = "UNAUTHENTICATED";
    public static final String REFRESH_TOKEN_REUSED = "REFRESH_TOKEN_REUSED";
    public static final String INVALID_OTP = "INVALID_OTP";
    public static final String INVALID_CURRENT_PASSWORD = "INVALID_CURRENT_PASSWORD";
    public static final String FORBIDDEN = "FORBIDDEN";
    public static final String USER_NOT_FOUND = "USER_NOT_FOUND";
    public static final String NOT_FOUND = "NOT_FOUND";
    public static final String SIGN_IN_METHOD_NOT_ALLOWED = "SIGN_IN_METHOD_NOT_ALLOWED";
    public static final String LAST_SUPERADMIN = "LAST_SUPERADMIN";
    public static final String INTEGRATION_NOT_CONFIGURED = "INTEGRATION_NOT_CONFIGURED";
    public static final String IDENTITY_PROVIDER_UNAVAILABLE = "IDENTITY_PROVIDER_UNAVAILABLE";

    private IdentityErrors() {
    }

    public static DomainException emailTaken() {
        return DomainException.conflict(EMAIL_TAKEN, "An account with that e-mail address already exists.");
    }

    /** One answer for an unknown e-mail, a wrong password and an inactive account: nothing to enumerate. */
    public static DomainException invalidCredentials() {
        return new DomainException(ErrorKind.UNAUTHENTICATED, INVALID_CREDENTIALS, "E-mail or password is wrong.");
    }

    /** Same code as a wrong password: a Google token or code that does not prove who the caller is. */
    public static DomainException googleSignInRefused() {
        return new DomainException(ErrorKind.UNAUTHENTICATED, INVALID_CREDENTIALS,
                "The Google sign-in could not be verified; sign in with Google again.");
    }

    public static DomainException unauthenticated() {
        return new DomainException(ErrorKind.UNAUTHENTICATED, UNAUTHENTICATED, "Authentication is required.");
    }

    public static DomainException refreshTokenReused() {
        return new DomainException(ErrorKind.UNAUTHENTICATED, REFRESH_TOKEN_REUSED,
                "This refresh token was already used; the session has been ended everywhere.");
    }

    public static DomainException invalidOtp() {
        return new DomainException(ErrorKind.INVALID, INVALID_OTP, "The code is wrong or has expired.");
    }

    public static DomainException invalidCurrentPassword() {
        return new DomainException(ErrorKind.INVALID, INVALID_CURRENT_PASSWORD, "The current password is wrong.");
    }

    public static DomainException forbidden(String detail) {
        return DomainException.forbidden(FORBIDDEN, detail);
    }

    /** The one wording of an unknown e-mail address for every context that looks a user up by it (CLI and HTTP alike). */
    public static DomainException userNotFound() {
        return DomainException.notFound(USER_NOT_FOUND, "No user with that e-mail address.");
    }

    /** A route that is switched off answers as if it did not exist. */
    public static DomainException notFound() {
        return DomainException.notFound(NOT_FOUND, "Not found.");
    }

    /** Administrators sign in with a password (or the master login) only; deactivated users not at all. */
    public static DomainException signInMethodNotAllowed() {
        return DomainException.forbidden(SIGN_IN_METHOD_NOT_ALLOWED,
                "This account cannot sign in with Google; use its password.");
    }

    public static DomainException lastSuperadmin() {
        return DomainException.conflict(LAST_SUPERADMIN,
                "This is the last active SUPERADMIN; make another SUPERADMIN first.");
    }

    /** The one wording of an unknown user id, whichever context looks it up. */
    public static DomainException userIdNotFound() {
        return DomainException.notFound(USER_NOT_FOUND, "No user with that id.");
    }

    public static DomainException googleNotConfigured() {
        return new DomainException(ErrorKind.UNAVAILABLE, INTEGRATION_NOT_CONFIGURED,
                "Google sign-in is not configured on this server.");
    }

    /** The identity provider could not be reached or answered with an error of its own. */
    public static DomainException identityProviderUnavailable() {
        return new DomainException(ErrorKind.UNAVAILABLE, IDENTITY_PROVIDER_UNAVAILABLE,
                "Google could not be reached; try again later.");
    }
}
