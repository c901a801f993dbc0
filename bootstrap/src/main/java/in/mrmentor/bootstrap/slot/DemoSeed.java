package in.mrmentor.bootstrap.slot;

import in.mrmentor.bootstrap.identity.IdentityModule;
import in.mrmentor.bootstrap.token.TokenModule;
import in.mrmentor.identity.CreateUser;
import in.mrmentor.identity.IdentityErrors;
import in.mrmentor.identity.Role;
import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.port.Transactions;
import in.mrmentor.slot.Actor;
import in.mrmentor.slot.GiveFeedback;
import in.mrmentor.slot.OfferSlot;
import in.mrmentor.slot.Slot;
import in.mrmentor.slot.UpdateMentorProfile;
import in.mrmentor.token.GrantTokens;
import in.mrmentor.token.Wallet;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code mas seed --demo} (and {@code ENABLE_SEEDING=true} at start): an admin, three mentors with
 * profiles and slots over the next seven days, six students with tokens, and bookings in several
 * states, all through the ordinary use cases and in one transaction. A second run finds the demo
 * admin and changes nothing. Production refuses it: the passwords are printed and well known.
 */
public final class DemoSeed {
    public static final String DOMAIN = "@demo.mrmentor.in";
    public static final String ADMIN_EMAIL = "admin" + DOMAIN;
    static final String ADMIN_PASSWORD = "demo-admin-pass";
    static final String MENTOR_PASSWORD = "demo-mentor-pass";
    static final String STUDENT_PASSWORD = "demo-student-pass";

    /** What the seed did: the logins it created, or that it found them already there. */
    public record Report(boolean created, List<String> logins) {
        public Report {
            logins = List.copyOf(logins);
        }
    }

    private final boolean production;
    private final Transactions transactions;
    private final Clock clock;
    private final IdentityModule identity;
    private final TokenModule tokens;
    private final SlotModule slots;

    DemoSeed(boolean production, Transactions transactions, Clock clock, IdentityModule identity, TokenModule tokens,
             SlotModule slots) {
        this.production = production;
        this.transactions = transactions;
        this.clock = clock;
        this.identity = identity;
        this.tokens = tokens;
        this.slots = slots;
    }

    public Report run() {
        if (production) {
            throw DomainException.forbidden("SEEDING_REFUSED", "Demo data is never seeded in production.");
        }
        try {
            return transactions.inTransaction(this::seed);
        } catch (DomainException e) {
            if (e.code().equals(IdentityErrors.emailTaken().code())) {
                return new Report(false, logins());
            }
            throw e;
        }
    }

    private Report seed() {
        UUID admin = user(identity.createUser, ADMIN_EMAIL, ADMIN_PASSWORD, "Demo Admin", Role.ADMIN);
        Actor adminActor = Actor.administrator(admin);
        List<UUID> mentors = new ArrayList<>();
        String[][] profiles = {{"Data engineering and SQL", "SQL", "Spark"},
                {"Product analytics", "Python", "Statistics"}, {"Interview preparation", "Power BI", "Excel"}};
        for (int i = 0; i < 3; i++) {
            UUID mentor = user(identity.createUser, "mentor" + (i + 1) + DOMAIN, MENTOR_PASSWORD,
                    new String[] {"Meera Iyer", "Arjun Mehta", "Kavya Nair"}[i], Role.EXPERT);
            slots.updateMentorProfile.update(mentor, new UpdateMentorProfile.Command(profiles[i][0],
                    List.of(profiles[i][1], profiles[i][2]), (long) (i + 1), 25_000L + 10_000L * i));
            mentors.add(mentor);
        }
        List<UUID> students = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            UUID student = user(identity.createUser, "student" + (i + 1) + DOMAIN, STUDENT_PASSWORD,
                    "Demo Student " + (i + 1), Role.USER);
            tokens.grantTokens.grant(TokenModule.OPERATOR,
                    new GrantTokens.Command(student, Wallet.TOKEN, 10L, "demo seed"));
            tokens.grantTokens.grant(TokenModule.OPERATOR,
                    new GrantTokens.Command(student, Wallet.PROMOTIONAL_TOKEN, 1L, "demo seed"));
            students.add(student);
        }
        // Four slots per mentor over the next seven days, at whole hours that never overlap.
        Instant base = clock.instant().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofDays(1));
        List<List<Slot>> offered = new ArrayList<>();
        for (int m = 0; m < 3; m++) {
            List<Slot> own = new ArrayList<>();
            for (int d = 0; d < 4; d++) {
                Instant start = base.plus(Duration.ofDays(d + m)).plus(Duration.ofHours(m));
                own.add(slots.offerSlot.offer(mentors.get(m), new OfferSlot.Command(start, null)));
            }
            offered.add(own);
        }
        // Bookings in several states: confirmed, cancellation requested, cancelled (refunded), completed with feedback.
        slots.bookSlot.book(students.get(0), offered.get(0).get(0).id());
        slots.bookSlot.book(students.get(1), offered.get(0).get(1).id());
        slots.requestCancellation.request(students.get(1), offered.get(0).get(1).id(), "Exam on the same day");
        slots.bookSlot.book(students.get(2), offered.get(1).get(0).id());
        slots.cancelSlot.cancel(adminActor, offered.get(1).get(0).id(), "Mentor travelling");
        slots.bookSlot.book(students.get(3), offered.get(2).get(0).id());
        // Every demo slot lies in the future, so the admin completes this one early, saying why.
        slots.completeSlot.complete(adminActor, offered.get(2).get(0).id(),
                Optional.of("Demo data: a completed meeting with feedback"));
        slots.giveFeedback.give(students.get(3), offered.get(2).get(0).id(),
                new GiveFeedback.Command(5, "Clear and practical", "Loved the mock interview"));
        slots.bookSlot.book(students.get(4), offered.get(1).get(1).id());
        return new Report(true, logins());
    }

    private static UUID user(CreateUser createUser, String email, String password, String name, Role role) {
        return createUser.create(Role.SUPERADMIN, new CreateUser.Command(email, password, name, role, null)).id();
    }

    private static List<String> logins() {
        List<String> logins = new ArrayList<>();
        logins.add("ADMIN   " + ADMIN_EMAIL + " / " + ADMIN_PASSWORD);
        for (int i = 1; i <= 3; i++) {
            logins.add("EXPERT  mentor" + i + DOMAIN + " / " + MENTOR_PASSWORD);
        }
        for (int i = 1; i <= 6; i++) {
            logins.add("USER    student" + i + DOMAIN + " / " + STUDENT_PASSWORD);
        }
        return logins;
    }
}
