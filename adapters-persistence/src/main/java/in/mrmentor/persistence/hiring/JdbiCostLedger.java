package in.mrmentor.persistence.hiring;

import static in.mrmentor.persistence.Timestamps.utc;

import in.mrmentor.hiring.CostEntry;
import in.mrmentor.hiring.port.CostLedger;
import in.mrmentor.persistence.Timestamps;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;

public final class JdbiCostLedger implements CostLedger {
    private final Jdbi jdbi;

    public JdbiCostLedger(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void add(CostEntry e) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO pipeline_cost_ledger (id, application_id, stage, provider, model, "
                        + "prompt_tokens, completion_tokens, cost_micro_usd, at) VALUES (:id, :application, :stage, "
                        + ":provider, :model, :prompt, :completion, :cost, :at)")
                .bind("id", e.id()).bindByType("application", e.applicationId(), UUID.class).bind("stage", e.stage())
                .bind("provider", e.provider()).bindByType("model", e.model(), String.class)
                .bind("prompt", e.promptTokens()).bind("completion", e.completionTokens())
                .bind("cost", e.costMicroUsd()).bind("at", utc(e.at()))
                .execute());
    }

    @Override
    public List<CostEntry> ofApplication(UUID applicationId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT id, application_id, stage, provider, model, prompt_tokens, "
                        + "completion_tokens, cost_micro_usd, at FROM pipeline_cost_ledger WHERE application_id = :id "
                        + "ORDER BY at, id")
                .bind("id", applicationId)
                .map((rs, ctx) -> new CostEntry(rs.getObject("id", UUID.class), rs.getObject("application_id", UUID.class),
                        rs.getString("stage"), rs.getString("provider"), rs.getString("model"),
                        rs.getLong("prompt_tokens"), rs.getLong("completion_tokens"), rs.getLong("cost_micro_usd"),
                        Timestamps.instant(rs, "at")))
                .list());
    }
}
