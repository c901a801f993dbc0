package in.mrmentor.identity;

/** What a {@code login_logs} row records (seed 003: LoginLog, "login/logout audit"). */
public enum LoginEvent {
    SIGNUP,
    LOGIN,
    LOGIN_FAILED,
    LOGIN_THROTTLED,
    LOGOUT,
    MASTER_LOGIN,
    MASTER_LOGIN_FAILED
}
