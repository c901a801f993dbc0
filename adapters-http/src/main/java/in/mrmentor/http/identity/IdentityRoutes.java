package in.mrmentor.http.identity;

import in.mrmentor.http.Access;
import in.mrmentor.http.Caller;
import in.mrmentor.http.ClientAddresses;
import in.mrmentor.http.Input;
import in.mrmentor.http.ListPage;
import in.mrmentor.http.OneOf;
import in.mrmentor.http.Required;
import in.mrmentor.http.Route;
import in.mrmentor.http.RouteGroup;
import in.mrmentor.identity.AdmitAuthRequest;
import in.mrmentor.identity.ChangePassword;
import in.mrmentor.identity.CreateUser;
import in.mrmentor.identity.IdentityErrors;
import in.mrmentor.identity.ListUsers;
import in.mrmentor.identity.LogIn;
import in.mrmentor.identity.LogOut;
import in.mrmentor.identity.MasterLogin;
import in.mrmentor.identity.RefreshSession;
import in.mrmentor.identity.RequestOtp;
import in.mrmentor.identity.Role;
import in.mrmentor.identity.Session;
import in.mrmentor.identity.ShowCurrentUser;
import in.mrmentor.identity.SignUp;
import in.mrmentor.identity.TooManyAttemptsException;
import in.mrmentor.identity.UserView;
import in.mrmentor.identity.VerifyOtp;
import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.ErrorKind;
import in.mrmentor.shared.RateLimitedException;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * API.md "Identity": sign-up and sign-in, token rotation, the caller's own account, OTP, and the admin user list.
 * The public routes that cost a password hash count against the client address ({@link PerAddressLimit}).
 */
public final class IdentityRoutes implements RouteGroup {

    /** The use cases these routes drive, wired by bootstrap. */
    public record UseCases(SignUp signUp, LogIn logIn, RefreshSession refresh, LogOut logOut, ShowCurrentUser me,
                           ChangePassword changePassword, RequestOtp requestOtp, VerifyOtp verifyOtp,
                           MasterLogin masterLogin, CreateUser createUser, ListUsers listUsers,
                           AdmitAuthRequest admitAuthRequest) {
    }

    public record SignUpBody(@Required String email, @Required String password, @Required String name, String phone) {
        @Override
        public String toString() {
            return "SignUpBody[email=" + email + ", password=********]";
        }
    }

    public record LogInBody(@Required String email, @Required String password) {
        @Override
        public String toString() {
            return "LogInBody[email=" + email + ", password=********]";
        }
    }

    public record RefreshBody(@Required String refreshToken) {
        @Override
        public String toString() {
            return "RefreshBody[********]";
        }
    }

    public record PasswordBody(@Required String currentPassword, @Required String newPassword) {
        @Override
        public String toString() {
            return "PasswordBody[********]";
        }
    }

    public record OtpRequestBody(@Required String email) {
    }

    public record OtpVerifyBody(@Required String email, @Required String code) {
    }

    public record MasterLoginBody(@Required String email, @Required String masterPassword, @Required String totp) {
        @Override
        public String toString() {
            return "MasterLoginBody[email=" + email + ", ********]";
        }
    }

    public record CreateUserBody(@Required String email, @Required String password, @Required String name,
                                 @Required @OneOf(Role.class) String role, String phone) {
        @Override
        public String toString() {
            return "CreateUserBody[email=" + email + ", role=" + role + ", password=********]";
        }
    }

    public record UserJson(@Required UUID id, @Required String email, @Required String name, String phone,
                           @Required Role role, boolean active, @Required Instant createdAt) {
        static UserJson of(UserView user) {
            return new UserJson(user.id(), user.email(), user.name(), user.phone(), user.role(), user.active(),
                    user.createdAt());
        }
    }

    public record SessionJson(@Required UserJson user, @Required String accessToken, @Required Instant accessTokenExpiresAt,
                              @Required String refreshToken, @Required Instant refreshTokenExpiresAt) {
        static SessionJson of(Session session) {
            return new SessionJson(UserJson.of(session.user()), session.accessToken(), session.accessTokenExpiresAt(),
                    session.refreshToken(), session.refreshTokenExpiresAt());
        }
    }

    /** The answer of {@code /otp/request}: always accepted, known e-mail or not. */
    public record AcceptedJson(boolean accepted) {
    }

    /** The answer of {@code /otp/verify} when the code is right. */
    public record VerifiedJson(boolean verified) {
    }

    private final UseCases useCases;
    private final PerAddressLimit limited;

    public IdentityRoutes(UseCases useCases, ClientAddresses clientAddresses) {
        this.useCases = useCases;
        this.limited = new PerAddressLimit(useCases.admitAuthRequest(), clientAddresses);
    }

    @Override
    public String tag() {
        return "Identity";
    }

    @Override
    public List<Route> routes() {
        Access admin = Access.roles(Role.ADMIN);
        return List.of(
                Route.post("/api/auth/signup", Access.anyone(), "Create a student account and sign in", limited.handler(ctx -> {
                    var command = Input.json(ctx, SignUpBody.class,
                            body -> new SignUp.Command(body.email(), body.password(), body.name(), body.phone()));
                    ctx.status(201).json(SessionJson.of(useCases.signUp().signUp(command)));
                })).withBody(SignUpBody.class).returns(201, SessionJson.class)
                        .error(ErrorKind.CONFLICT, IdentityErrors.EMAIL_TAKEN)
                        .error(ErrorKind.TOO_MANY_REQUESTS, RateLimitedException.CODE),
                Route.post("/api/auth/login", Access.anyone(), "Sign in with e-mail and password", limited.handler(ctx -> {
                    var command = Input.json(ctx, LogInBody.class, body -> new LogIn.Command(body.email(), body.password()));
                    ctx.json(SessionJson.of(useCases.logIn().logIn(command)));
                })).withBody(LogInBody.class).returns(SessionJson.class)
                        .error(ErrorKind.UNAUTHENTICATED, IdentityErrors.INVALID_CREDENTIALS)
                        .error(ErrorKind.TOO_MANY_REQUESTS, TooManyAttemptsException.CODE)
                        .error(ErrorKind.TOO_MANY_REQUESTS, RateLimitedException.CODE),
                Route.post("/api/auth/refresh", Access.anyone(), "Trade a refresh token (once) for a new pair", ctx -> {
                    var body = Input.json(ctx, RefreshBody.class);
                    ctx.json(SessionJson.of(useCases.refresh().refresh(new RefreshSession.Command(body.refreshToken()))));
                }).withBody(RefreshBody.class).returns(SessionJson.class)
                        .error(ErrorKind.UNAUTHENTICATED, IdentityErrors.UNAUTHENTICATED)
                        .error(ErrorKind.UNAUTHENTICATED, IdentityErrors.REFRESH_TOKEN_REUSED),
                Route.post("/api/auth/logout", Access.anyUser(), "Revoke the presented refresh token", ctx -> {
                    var body = Input.json(ctx, RefreshBody.class);
                    useCases.logOut().logOut(Caller.principal(ctx).userId(), new LogOut.Command(body.refreshToken()));
                    ctx.status(204);
                }).withBody(RefreshBody.class).returnsNoContent(),
                Route.get("/api/auth/me", Access.anyUser(), "The signed-in user",
                        ctx -> ctx.json(UserJson.of(useCases.me().show(Caller.principal(ctx).userId()))))
                        .returns(UserJson.class),
                Route.post("/api/auth/password", Access.anyUser(), "Change the password; older access tokens stop working", ctx -> {
                    var command = Input.json(ctx, PasswordBody.class,
                            body -> new ChangePassword.Command(body.currentPassword(), body.newPassword()));
                    useCases.changePassword().change(Caller.principal(ctx).userId(), command);
                    ctx.status(204);
                }).withBody(PasswordBody.class).returnsNoContent()
                        .error(ErrorKind.INVALID, IdentityErrors.INVALID_CURRENT_PASSWORD),
                Route.post("/api/auth/otp/request", Access.anyone(), "Mail a 6-digit code (same answer for unknown e-mails)", limited.handler(ctx -> {
                    var body = Input.json(ctx, OtpRequestBody.class);
                    useCases.requestOtp().request(new RequestOtp.Command(body.email()));
                    ctx.status(202).json(new AcceptedJson(true));
                })).withBody(OtpRequestBody.class).returns(202, AcceptedJson.class)
                        .error(ErrorKind.TOO_MANY_REQUESTS, RateLimitedException.CODE),
                Route.post("/api/auth/otp/verify", Access.anyone(), "Check a mailed code", limited.handler(ctx -> {
                    var command = Input.json(ctx, OtpVerifyBody.class, body -> new VerifyOtp.Command(body.email(), body.code()));
                    useCases.verifyOtp().verify(command);
                    ctx.json(new VerifiedJson(true));
                })).withBody(OtpVerifyBody.class).returns(VerifiedJson.class)
                        .error(ErrorKind.INVALID, IdentityErrors.INVALID_OTP)
                        .error(ErrorKind.TOO_MANY_REQUESTS, RateLimitedException.CODE),
                Route.post("/api/auth/master-login", Access.anyone(), "Emergency sign-in as a user (master password + TOTP)", limited.handler(ctx -> {
                    if (!useCases.masterLogin().isEnabled()) {
                        throw DomainException.notFound("NOT_FOUND", "There is nothing at this path.");
                    }
                    var command = Input.json(ctx, MasterLoginBody.class,
                            body -> new MasterLogin.Command(body.email(), body.masterPassword(), body.totp()));
                    ctx.json(SessionJson.of(useCases.masterLogin().logIn(command)));
                })).withBody(MasterLoginBody.class).returns(SessionJson.class)
                        .error(ErrorKind.NOT_FOUND, IdentityErrors.NOT_FOUND)
                        .error(ErrorKind.UNAUTHENTICATED, IdentityErrors.INVALID_CREDENTIALS)
                        .error(ErrorKind.TOO_MANY_REQUESTS, TooManyAttemptsException.CODE)
                        .error(ErrorKind.TOO_MANY_REQUESTS, RateLimitedException.CODE),
                Route.post("/api/admin/users", admin, "Create a user of any role (ADMIN/SUPERADMIN only by a SUPERADMIN)", ctx -> {
                    // A missing or unknown role is the command's refusal, named beside its other failing fields.
                    var command = Input.json(ctx, CreateUserBody.class, body -> new CreateUser.Command(body.email(),
                            body.password(), body.name(), Input.enumOrNull(body.role(), Role.class), body.phone()));
                    ctx.status(201).json(UserJson.of(useCases.createUser().create(Caller.principal(ctx).role(), command)));
                }).withBody(CreateUserBody.class).returns(201, UserJson.class)
                        .error(ErrorKind.CONFLICT, IdentityErrors.EMAIL_TAKEN)
                        .error(ErrorKind.FORBIDDEN, IdentityErrors.FORBIDDEN),
                Route.get("/api/admin/users", admin, "Users, optionally of one role (?role=&limit=&cursor=)", ctx -> {
                    var page = useCases.listUsers().list(new ListUsers.Query(Input.enumQuery(ctx, "role", Role.class),
                            Input.limit(ctx), Input.cursor(ctx)));
                    ctx.json(ListPage.of(page, UserJson::of));
                }).returns(Route.pageOf(UserJson.class)).query("role", Role.class, "only users of this role").paged());
    }
}
