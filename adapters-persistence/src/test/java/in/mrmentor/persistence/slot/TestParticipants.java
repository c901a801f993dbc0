package in.mrmentor.persistence.slot;

import in.mrmentor.slot.MeetingTime;
import in.mrmentor.slot.Slot;
import org.jdbi.v3.core.Jdbi;

import java.time.Instant;
import java.util.UUID;

/** Inserts the {@code users} and {@code slots} rows mentorship tables point at. */
final class TestParticipants {

    private TestParticipants() {
    }

    static UUID insert(Jdbi jdbi, String name, String role, boolean active) {
        UUID id = UUID.randomUUID();
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO users (id, email, name, role, password_hash, "
                        + "password_changed_at, is_active) VALUES (:id, :email, :name, :role, 'x', now(), :active)")
                .bind("id", id).bind("email", id + "@example.com").bind("name", name).bind("role", role)
                .bind("active", active).execute());
        return id;
    }

    /** An offered slot of a fresh mentor, an hour after {@code now}. */
    static UUID aSlot(Jdbi jdbi, Instant now) {
        UUID mentor = insert(jdbi, "Slot Mentor", "EXPERT", true);
        Slot slot = Slot.offer(UUID.randomUUID(), mentor, MeetingTime.of(now.plusSeconds(3600), null), 1, now);
        new JdbiSlots(jdbi).add(slot);
        return slot.id();
    }
}
