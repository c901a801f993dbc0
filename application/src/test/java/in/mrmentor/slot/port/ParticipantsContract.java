package in.mrmentor.slot.port;

import in.mrmentor.slot.port.Participants.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What every adapter of {@link Participants} must do. */
public abstract class ParticipantsContract {
    protected Participants participants;

    protected abstract Participants newParticipants();

    /** Makes a person the adapter knows, as sign-up would, and gives their id. */
    protected abstract UUID aPerson(String name, String role, boolean active);

    @BeforeEach
    void freshPeople() {
        participants = newParticipants();
    }

    @Test
    void aPersonIsFoundWithNameAddressRoleAndActiveFlag() {
        UUID mentor = aPerson("Meera Iyer", "EXPERT", true);
        UUID gone = aPerson("Asha Rao", "USER", false);

        Person found = participants.find(mentor).orElseThrow();
        assertThat(found.id()).isEqualTo(mentor);
        assertThat(found.name()).isEqualTo("Meera Iyer");
        assertThat(found.email()).contains("@");
        assertThat(found.role()).isEqualTo("EXPERT");
        assertThat(found.active()).isTrue();
        assertThat(participants.find(gone)).hasValueSatisfying(p -> {
            assertThat(p.name()).isEqualTo("Asha Rao");
            assertThat(p.role()).isEqualTo("USER");
            assertThat(p.active()).isFalse();
        });
    }

    @Test
    void anUnknownPersonIsAbsent() {
        aPerson("Meera Iyer", "EXPERT", true);

        assertThat(participants.find(UUID.randomUUID())).isEmpty();
    }

    @Test
    void severalPeopleAreFoundTogetherAndTheUnknownLeftOut() {
        UUID mentor = aPerson("Meera Iyer", "EXPERT", true);
        UUID student = aPerson("Asha Rao", "USER", true);

        var found = participants.findAll(List.of(student, mentor, UUID.randomUUID()));

        assertThat(found).containsOnlyKeys(student, mentor);
        assertThat(found.get(mentor).name()).isEqualTo("Meera Iyer");
        assertThat(found.get(student).role()).isEqualTo("USER");
        assertThat(participants.findAll(List.of())).isEmpty();
    }
}
