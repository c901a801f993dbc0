package in.mrmentor.identity;

import java.time.Instant;
import java.util.Objects;

/** What a successful sign-in, sign-up or refresh hands the client. Never printed with its tokens. */
public record Session(UserView user, String accessToken, Instant accessTokenExpiresAt,
                      String refreshToken, Instant refreshTokenExpiresAt) {
    public Session {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(accessTokenExpiresAt, "accessTokenExpiresAt");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(refreshTokenExpiresAt, "refreshTokenExpiresAt");
    }

    @Override
    public String toString() {
        return "Session[user=" + user.id() + ", accessToken=********, accessTokenExpiresAt=" + accessTokenExpiresAt
                + ", refreshToken=********, refreshTokenExpiresAt=" + refreshTokenExpiresAt + "]";
    }
}
