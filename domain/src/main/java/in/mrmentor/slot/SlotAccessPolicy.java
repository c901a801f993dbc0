package in.mrmentor.slot;

/**
 * Who may do a thing to a slot, one named rule per kind of act. Every use case asks its rule here
 * instead of spelling the condition out, so two acts that share a rule cannot drift apart. A refusal
 * is 403 {@code NOT_SLOT_PARTICIPANT}, as the seed answers a stranger to the slot.
 */
public enum SlotAccessPolicy {
    /** Cancelling, completing, uploading and deleting recordings: the host's side of the meeting. */
    MENTOR_OR_ADMIN {
        @Override
        public boolean allows(Actor actor, Slot slot) {
            return actor.admin() || slot.isMentor(actor.userId());
        }
    },
    /** Reading a recording back: anyone who was in the meeting, and the administrators. */
    PARTICIPANT_OR_ADMIN {
        @Override
        public boolean allows(Actor actor, Slot slot) {
            return actor.admin() || slot.isParticipant(actor.userId());
        }
    },
    /** Joining, leaving, asking for a cancellation: only the two people of the meeting, whatever their role. */
    PARTICIPANT {
        @Override
        public boolean allows(Actor actor, Slot slot) {
            return slot.isParticipant(actor.userId());
        }
    },
    /** Rating the meeting: only the student who booked it. */
    STUDENT {
        @Override
        public boolean allows(Actor actor, Slot slot) {
            return slot.isStudent(actor.userId());
        }
    },
    /**
     * Seeing which student booked the slot: its student, its mentor and the administrators; everyone
     * else learns only that it is booked (issue 11: any student listing a mentor's slots saw every booker).
     */
    SEE_WHO_BOOKED {
        @Override
        public boolean allows(Actor actor, Slot slot) {
            // The same people as for reading a recording back; one condition, so the two cannot drift.
            return PARTICIPANT_OR_ADMIN.allows(actor, slot);
        }
    },
    /** Retracting an offer: only the mentor who made it (an administrator cancels instead). */
    MENTOR {
        @Override
        public boolean allows(Actor actor, Slot slot) {
            return slot.isMentor(actor.userId());
        }
    };

    public abstract boolean allows(Actor actor, Slot slot);

    /** @throws in.mrmentor.shared.DomainException 403 {@code NOT_SLOT_PARTICIPANT} when the rule refuses the actor */
    public void check(Actor actor, Slot slot) {
        if (!allows(actor, slot)) {
            throw SlotErrors.notParticipant();
        }
    }
}
