package in.mrmentor.http.identity;

import in.mrmentor.http.Access;
import in.mrmentor.http.ClientAddresses;
import in.mrmentor.http.Input;
import in.mrmentor.http.Required;
import in.mrmentor.http.Route;
import in.mrmentor.http.RouteGroup;
import in.mrmentor.identity.AdmitAuthRequest;
import in.mrmentor.identity.IdentityErrors;
import in.mrmentor.identity.RequestPasswordReset;
import in.mrmentor.identity.ResetForgottenPassword;
import in.mrmentor.identity.TooManyAttemptsException;
import in.mrmentor.shared.ErrorKind;
import in.mrmentor.shared.RateLimitedException;

import java.util.List;

/**
 * API.md "Completing identity": forgotten passwords. Both routes cost a password hash, so both count
 * against the client address ({@link PerAddressLimit}) besides their per-address-of-mail limits.
 */
public final class PasswordRecoveryRoutes implements RouteGroup {

    public record ForgotPasswordBody(@Required String email) {
    }

    public record ResetPasswordBody(@Required String email, @Required String code, @Required String newPassword) {
        @Override
        public String toString() {
            return "ResetPasswordBody[email=" + email + ", ********]";
        }
    }

    private final RequestPasswordReset requestReset;
    private final ResetForgottenPassword reset;
    private final PerAddressLimit limited;

    public PasswordRecoveryRoutes(RequestPasswordReset requestReset, ResetForgottenPassword reset, AdmitAuthRequest admit,
                                  ClientAddresses clientAddresses) {
        this.requestReset = requestReset;
        this.reset = reset;
        this.limited = new PerAddressLimit(admit, clientAddresses);
    }

    @Override
    public String tag() {
        return "Identity";
    }

    @Override
    public List<Route> routes() {
        return List.of(
                Route.post("/api/auth/password/forgot", Access.anyone(),
                                "Mail a password reset code (202 whatever the address, and past the per-address limit)",
                                limited.handler(ctx -> {
                                    var body = Input.json(ctx, ForgotPasswordBody.class);
                                    requestReset.request(new RequestPasswordReset.Command(body.email()));
                                    ctx.status(202);
                                }))
                        .withBody(ForgotPasswordBody.class)
                        .returns(202, null)
                        .error(ErrorKind.TOO_MANY_REQUESTS, RateLimitedException.CODE),
                Route.post("/api/auth/password/reset", Access.anyone(),
                                "Set a new password with the mailed code; every older token of the user stops working",
                                limited.handler(ctx -> {
                                    var command = Input.json(ctx, ResetPasswordBody.class, body ->
                                            new ResetForgottenPassword.Command(body.email(), body.code(), body.newPassword()));
                                    reset.reset(command);
                                    ctx.status(204);
                                }))
                        .withBody(ResetPasswordBody.class)
                        .returnsNoContent()
                        .error(ErrorKind.INVALID, IdentityErrors.INVALID_OTP)
                        .error(ErrorKind.TOO_MANY_REQUESTS, TooManyAttemptsException.CODE)
                        .error(ErrorKind.TOO_MANY_REQUESTS, RateLimitedException.CODE));
    }
}
