package in.mrmentor.slot.port;

import in.mrmentor.slot.port.People.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What every adapter of {@link People} must do. */
public abstract class PeopleContract {
    protected People people;

    protected abstract People newPeople();

    /** Makes a person the adapter knows, as sign-up would, and gives their id. */
    protected abstract UUID aPerson(String name, String role, boolean active);

    @BeforeEach
    void freshPeople() {
        people = newPeople();
    }

    @Test
    void aPersonIsFoundWithNameAddressRoleAndActiveFlag() {
        UUID mentor = aPerson("Meera Iyer", "EXPERT", true);
        UUID gone = aPerson("Asha Rao", "USER", false);

        Person found = people.find(mentor).orElseThrow();
        assertThat(found.id()).isEqualTo(mentor);
        assertThat(found.name()).isEqualTo("Meera Iyer");
        assertThat(found.email()).contains("@");
        assertThat(found.role()).isEqualTo("EXPERT");
        assertThat(found.active()).isTrue();
        assertThat(people.find(gone)).hasValueSatisfying(p -> {
            assertThat(p.name()).isEqualTo("Asha Rao");
            assertThat(p.role()).isEqualTo("USER");
            assertThat(p.active()).isFalse();
        });
    }

    @Test
    void anUnknownPersonIsAbsent() {
        aPerson("Meera Iyer", "EXPERT", true);

        assertThat(people.find(UUID.randomUUID())).isEmpty();
    }
}
