package in.mrmentor.identity;

/** What a {@code login_logs} row records (seed 003: LoginLog, "login/logout audit"). */
public enum LoginEvent {
    SIGNUP,
    LOGIN,
    LOGIN_FAILED,
    LOGIN_THROTTLED,
    LOGOUT,
    MASTER_LOGIN,
    MASTER_LOGIN_FAILED,
    /** An account created by a first Google sign-in. */
    GOOGLE_SIGNUP,
    GOOGLE_LOGIN,
    /** A valid Google identity for an account that may not sign in that way (administrator, deactivated). */
    GOOGLE_REFUSED,
    /** A password set with a mailed reset code. */
    PASSWORD_RESET
}
