package in.mrmentor.mail;

import java.util.Map;
import java.util.Objects;

/**
 * The {@link Mailer} that renders a defined mail from its admin override (or its default) before
 * handing it to the mailer that stores it.
 */
public final class TemplatedMailer implements Mailer {
    private final Mailer next;
    private final RenderMail render;

    public TemplatedMailer(Mailer next, RenderMail render) {
        this.next = Objects.requireNonNull(next, "next");
        this.render = Objects.requireNonNull(render, "render");
    }

    @Override
    public void send(OutgoingEmail email) {
        next.send(email);
    }

    @Override
    public void send(String to, MailDefinition mail, Map<String, String> values) {
        next.send(OutgoingEmail.of(to, render.render(mail, values)));
    }
}
