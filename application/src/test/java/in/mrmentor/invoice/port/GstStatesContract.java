package in.mrmentor.invoice.port;

import in.mrmentor.invoice.GstState;
import in.mrmentor.invoice.GstStateCodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every adapter of {@link GstStates} must hold: the official state-code list as the migration
 * seeds it, including the codes added after 2014 (26, 37, 38, 97) and without the retired ones.
 */
public abstract class GstStatesContract {
    protected GstStates states;

    protected abstract GstStates newStates();

    @BeforeEach
    void freshStates() {
        states = newStates();
    }

    @Test
    void everyOfficialCodeIsListedOnceByCode() {
        assertThat(states.all()).extracting(GstState::code).containsExactly(
                "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14", "15", "16", "17",
                "18", "19", "20", "21", "22", "23", "24", "26", "27", "29", "30", "31", "32", "33", "34", "35", "36",
                "37", "38", "96", "97");
    }

    @Test
    void theLateCodesCarryTheirCurrentNames() {
        assertThat(states.find("26")).contains(new GstState("26", "Dadra and Nagar Haveli and Daman and Diu"));
        assertThat(states.find("37")).contains(new GstState("37", "Andhra Pradesh"));
        assertThat(states.find("38")).contains(new GstState("38", "Ladakh"));
        assertThat(states.find("96")).contains(new GstState("96", "Other Countries"));
        assertThat(states.find("97")).contains(new GstState("97", "Other Territory"));
    }

    /** The settings reader checks the supplier's state against the domain's list, so both must name each state alike. */
    @Test
    void theMasterAndTheDomainsListNameEveryStateAlike() {
        assertThat(states.all()).containsExactlyElementsOf(GstStateCodes.OFFICIAL);
        for (GstState state : GstStateCodes.OFFICIAL) {
            assertThat(states.find(state.code())).as(state.code()).contains(state);
        }
    }

    @Test
    void retiredUnlistedAndUnpaddedCodesAreNotFound() {
        assertThat(states.find("25")).as("merged into 26").isEmpty();
        assertThat(states.find("28")).as("Andhra Pradesh before 2014").isEmpty();
        assertThat(states.find("00")).isEmpty();
        assertThat(states.find("99")).isEmpty();
        assertThat(states.find("7")).as("Delhi is 07").isEmpty();
    }
}
