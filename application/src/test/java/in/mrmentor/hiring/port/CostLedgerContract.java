package in.mrmentor.hiring.port;

import static org.assertj.core.api.Assertions.assertThat;

import in.mrmentor.hiring.CostEntry;
import in.mrmentor.hiring.HiringTestData;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link CostLedger} adapter shares. */
public abstract class CostLedgerContract {

    protected abstract CostLedger newLedger();

    protected abstract UUID anApplication();

    @Test
    void keepsEachCallsTokensAndCostPerApplication() {
        var ledger = newLedger();
        UUID application = anApplication();
        var first = new CostEntry(UUID.randomUUID(), application, "resume_analysis", "openai-compatible", "llama",
                1200, 300, 450, HiringTestData.NOW);
        var second = new CostEntry(UUID.randomUUID(), application, "resume_analysis", "openai-compatible", "llama",
                1000, 200, 380, HiringTestData.NOW.plusSeconds(1));
        ledger.add(first);
        ledger.add(second);
        assertThat(ledger.ofApplication(application)).containsExactly(first, second);
        assertThat(ledger.ofApplication(anApplication())).isEmpty();
    }
}
