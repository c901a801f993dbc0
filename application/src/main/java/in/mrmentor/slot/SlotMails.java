package in.mrmentor.slot;

import in.mrmentor.mail.EmailTemplate;
import in.mrmentor.mail.Mailer;
import in.mrmentor.mail.OutgoingEmail;
import in.mrmentor.slot.port.Participants;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The mails of journey 2 (a booking is confirmed) and of a cancellation, to the student and the
 * mentor. Sent through {@link Mailer} inside the use case's transaction, so a booking that rolls
 * back mails nobody.
 */
public final class SlotMails {
    private static final EmailTemplate CONFIRMED = new EmailTemplate("slot-confirmed",
            "Your Mr. Mentor meeting on {{start}} is confirmed",
            "Hello {{name}},\n\nYour meeting with {{other}} from {{start}} to {{end}} (UTC) is confirmed.\n"
                    + "Slot: {{slotId}}\n\nJoin from your dashboard up to a few minutes before the start.\n"
                    + "Cannot make it? Ask for a cancellation (this link works once): {{actionUrl}}\n",
            null);
    private static final EmailTemplate CANCELLED = new EmailTemplate("slot-cancelled",
            "Your Mr. Mentor meeting on {{start}} is cancelled",
            "Hello {{name}},\n\nYour meeting with {{other}} from {{start}} to {{end}} (UTC) was cancelled.\n"
                    + "Slot: {{slotId}}\nAny tokens spent on it have been returned to the accounts they came from.\n",
            null);

    private final Mailer mailer;
    private final Participants participants;

    public SlotMails(Mailer mailer, Participants participants) {
        this.mailer = mailer;
        this.participants = participants;
    }

    /** @param actionUrl the recipient's one-time cancellation link */
    void confirmed(Slot slot, Function<UUID, String> actionUrl) {
        sendToBoth(CONFIRMED, slot, actionUrl);
    }

    void cancelled(Slot slot) {
        sendToBoth(CANCELLED, slot, user -> "");
    }

    private void sendToBoth(EmailTemplate template, Slot slot, Function<UUID, String> actionUrl) {
        var student = slot.studentId() == null ? null : participants.find(slot.studentId()).orElse(null);
        var mentor = participants.find(slot.mentorId()).orElse(null);
        if (student != null) {
            send(template, slot, student, mentor == null ? "your mentor" : mentor.name(), actionUrl);
        }
        if (mentor != null) {
            send(template, slot, mentor, student == null ? "your student" : student.name(), actionUrl);
        }
    }

    private void send(EmailTemplate template, Slot slot, Participants.Person to, String other,
                      Function<UUID, String> actionUrl) {
        mailer.send(OutgoingEmail.of(to.email(), template.render(Map.of(
                "name", to.name(), "other", other, "start", slot.time().start().toString(),
                "end", slot.time().end().toString(), "slotId", slot.id().toString(),
                "actionUrl", actionUrl.apply(to.id())))));
    }
}
