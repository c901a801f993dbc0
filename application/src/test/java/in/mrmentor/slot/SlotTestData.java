package in.mrmentor.slot;

import java.time.Duration;
import java.util.UUID;

/**
 * Builders that keep slot tests short and say what matters:
 * {@code aSlot().by(mentor).startingIn(days(2)).bookedBy(student).in(kit)},
 * {@code aMentor().withTokenCost(2).in(kit)}, {@code aStudent().withTokens(5).in(kit)}.
 * They act through the kit's use cases, so what they build is what a user could have made.
 */
public final class SlotTestData {

    private SlotTestData() {
    }

    public static MentorBuilder aMentor() {
        return new MentorBuilder();
    }

    public static StudentBuilder aStudent() {
        return new StudentBuilder();
    }

    public static SlotBuilder aSlot() {
        return new SlotBuilder();
    }

    public static Duration minutes(long n) {
        return Duration.ofMinutes(n);
    }

    public static Duration hours(long n) {
        return Duration.ofHours(n);
    }

    public static Duration days(long n) {
        return Duration.ofDays(n);
    }

    /** An expert with a profile; by default a slot costs one token and earns nothing. */
    public static final class MentorBuilder {
        private long tokenCost = 1;
        private long earningPaise;

        public MentorBuilder withTokenCost(long tokens) {
            tokenCost = tokens;
            return this;
        }

        public MentorBuilder earningPaise(long paise) {
            earningPaise = paise;
            return this;
        }

        UUID in(SlotKit kit) {
            return kit.mentor(tokenCost, earningPaise);
        }
    }

    /** A user with a wallet holding the given tokens; by default an empty one. */
    public static final class StudentBuilder {
        private long promotional;
        private long paid;

        public StudentBuilder withPromotionalTokens(long tokens) {
            promotional = tokens;
            return this;
        }

        public StudentBuilder withTokens(long tokens) {
            paid = tokens;
            return this;
        }

        UUID in(SlotKit kit) {
            return kit.student(promotional, paid);
        }
    }

    /** A slot offered two hours from now by a one-token mentor unless told otherwise, booked if given a student. */
    public static final class SlotBuilder {
        private UUID mentor;
        private Duration fromNow = hours(2);
        private UUID student;

        public SlotBuilder by(UUID value) {
            mentor = value;
            return this;
        }

        public SlotBuilder startingIn(Duration value) {
            fromNow = value;
            return this;
        }

        public SlotBuilder bookedBy(UUID value) {
            student = value;
            return this;
        }

        Slot in(SlotKit kit) {
            var offered = kit.slotIn(mentor != null ? mentor : aMentor().in(kit), fromNow);
            return student == null ? offered : kit.book.book(student, offered.id());
        }
    }
}
