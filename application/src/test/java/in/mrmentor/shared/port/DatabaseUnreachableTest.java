package in.mrmentor.shared.port;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseUnreachableTest {

    @ParameterizedTest
    @ValueSource(strings = {"08001", "08006", "08003", "57P01", "57P02", "57P03"})
    void aConnectionFailureOrTheServerGoingAwayIsUnreachableHoweverDeeplyWrapped(String state) {
        Throwable wrapped = new IllegalStateException("wrapper", new RuntimeException(new SQLException("gone", state)));

        assertThat(DatabaseUnreachable.causes(wrapped)).isTrue();
    }

    @Test
    void thePoolTimingOutIsUnreachable() {
        assertThat(DatabaseUnreachable.causes(new RuntimeException(
                new SQLTransientConnectionException("mas - Connection is not available, request timed out")))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"23505", "22021", "40001", "57014", "42P01"})
    void aStatementTheDatabaseRefusedIsNotAnOutage(String state) {
        assertThat(DatabaseUnreachable.causes(new RuntimeException(new SQLException("refused", state)))).isFalse();
    }

    @Test
    void aFailureWithoutSqlCauseIsNotAnOutage() {
        assertThat(DatabaseUnreachable.causes(new IllegalStateException("a bug"))).isFalse();
        assertThat(DatabaseUnreachable.causes(new SQLException("no state"))).isFalse();
    }
}
