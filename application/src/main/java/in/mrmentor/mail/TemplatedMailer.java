package in.mrmentor.mail;

import java.util.List;
import java.util.ArrayList;
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
    public void send(MailDefinition mail, List<Recipient> recipients) {
        // One look-up of the override for every recipient.
        var rendered = render.renderAll(mail, recipients.stream().map(Recipient::values).toList());
        List<OutgoingEmail> emails = new ArrayList<>();
        for (int i = 0; i < recipients.size(); i++) {
            emails.add(OutgoingEmail.of(recipients.get(i).to(), rendered.get(i)));
        }
        next.sendAll(emails);
    }

    @Override
    public void sendAll(List<OutgoingEmail> emails) {
        next.sendAll(emails);
    }

    @Override
    public void send(String to, MailDefinition mail, Map<String, String> values) {
        next.send(OutgoingEmail.of(to, render.render(mail, values)));
    }
}
