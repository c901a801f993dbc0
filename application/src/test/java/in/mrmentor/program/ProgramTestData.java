package in.mrmentor.program;

import in.mrmentor.pap.PapWorkflow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Builders of batches, applications and workflows, so tests read as sentences. */
public final class ProgramTestData {
    public static final Instant NOW = Instant.parse("2027-01-05T10:00:00Z");
    private static int counter;

    private ProgramTestData() {
    }

    public static synchronized Batch aBatch(int capacity, boolean pap) {
        counter++;
        return new Batch(UUID.randomUUID(), "MAS101-T" + counter + "-" + UUID.randomUUID().toString().substring(0, 4).toUpperCase(),
                "Batch " + counter, Program.MAS101, LocalDate.of(2027, 1, 10), 5_000_000, capacity, pap,
                BatchStatus.UPCOMING, NOW.plus(counter, ChronoUnit.SECONDS));
    }

    public static ProgramApplication anApplication(UUID user, Batch batch, ApplicationStatus status) {
        return anApplication(user, batch, status, NOW);
    }

    public static ProgramApplication anApplication(UUID user, Batch batch, ApplicationStatus status, Instant at) {
        return new ProgramApplication(UUID.randomUUID(), user, batch.id(), status, "{\"why\":\"data\"}",
                new BillingDetails("Asha Rao", "12 MG Road", "29", null), null, at, at);
    }

    public static PapWorkflow aWorkflow(ProgramApplication application, Instant at) {
        return PapWorkflow.start(UUID.randomUUID(), application.id(), application.userId(), application.batchId(), at);
    }
}
