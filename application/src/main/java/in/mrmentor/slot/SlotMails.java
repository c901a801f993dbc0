package in.mrmentor.slot;

import in.mrmentor.mail.EmailTemplate;
import in.mrmentor.mail.Mailer;
import in.mrmentor.mail.MailDefinition;
import in.mrmentor.slot.port.Participants;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The mails of journey 2 (a booking is confirmed) and of a cancellation, to the student and the
 * mentor. Sent through {@link Mailer} inside the use case's transaction, so a booking that rolls
 * back mails nobody.
 */
public final class SlotMails {
    private static final EmailTemplate CONFIRMED_DEFAULT = new EmailTemplate("slot-confirmed",
            "Your Mr. Mentor meeting on {{start}} is confirmed",
            "Hello {{name}},\n\nYour meeting with {{other}} from {{start}} to {{end}} (UTC) is confirmed.\n"
                    + "Slot: {{slotId}}\n\nJoin from your dashboard up to a few minutes before the start.\n"
                    + "Cannot make it? Ask for a cancellation (this link works once): {{actionUrl}}\n",
            null);
    private static final EmailTemplate CANCELLED_DEFAULT = new EmailTemplate("slot-cancelled",
            "Your Mr. Mentor meeting on {{start}} is cancelled",
            "Hello {{name}},\n\nYour meeting with {{other}} from {{start}} to {{end}} (UTC) was cancelled.\n"
                    + "Slot: {{slotId}}\nAny tokens spent on it have been returned to the accounts they came from.\n",
            null);

    /** The booking confirmation; an override must keep the one-time cancellation link. */
    public static final MailDefinition CONFIRMED = MailDefinition.of(CONFIRMED_DEFAULT, Set.of("actionUrl"));
    /** The cancellation notice; an override may use every variable of the confirmation but its link. */
    public static final MailDefinition CANCELLED = MailDefinition.of(CANCELLED_DEFAULT, Set.of());
    /** The mails of this context an admin may override. */
    public static final List<MailDefinition> DEFINITIONS = List.of(CONFIRMED, CANCELLED);

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

    private void sendToBoth(MailDefinition template, Slot slot, Function<UUID, String> actionUrl) {
        // Both participants in one read.
        var people = participants.findAll(slot.studentId() == null ? List.of(slot.mentorId())
                : List.of(slot.studentId(), slot.mentorId()));
        var student = slot.studentId() == null ? null : people.get(slot.studentId());
        var mentor = people.get(slot.mentorId());
        List<Mailer.Recipient> recipients = new ArrayList<>();
        if (student != null) {
            recipients.add(recipient(template, slot, student, mentor == null ? "your mentor" : mentor.name(), actionUrl));
        }
        if (mentor != null) {
            recipients.add(recipient(template, slot, mentor, student == null ? "your student" : student.name(), actionUrl));
        }
        // Both mails in one write (and their delivery jobs in one more).
        mailer.send(template, recipients);
    }

    private static Mailer.Recipient recipient(MailDefinition template, Slot slot, Participants.Person to, String other,
                                              Function<UUID, String> actionUrl) {
        Map<String, String> values = new HashMap<>(Map.of(
                "name", to.name(), "other", other, "start", slot.time().start().toString(),
                "end", slot.time().end().toString(), "slotId", slot.id().toString()));
        if (template.variables().contains("actionUrl")) {
            values.put("actionUrl", actionUrl.apply(to.id()));
        }
        return new Mailer.Recipient(to.email(), values);
    }
}
