package in.mrmentor.mail.port;

/**
 * The earlier home of {@link in.mrmentor.mail.Mailer}, kept so existing wiring and adapters compile
 * unchanged. New code depends on {@code in.mrmentor.mail.Mailer}: since mail became a bounded
 * context, other contexts may not reach into its {@code port} package.
 */
public interface Mailer extends in.mrmentor.mail.Mailer {
}
