package in.mrmentor.config;

import in.mrmentor.config.port.memory.InMemorySystemConfigs;
import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.port.Ids;
import in.mrmentor.shared.port.memory.InMemoryTransactions;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The system_configs use cases on the contract-tested in-memory adapters. */
class ConfigUseCasesTest {
    private final InMemorySystemConfigs configs = new InMemorySystemConfigs();
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final FakeSecretCipher cipher = new FakeSecretCipher();
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    private final UpsertConfig upsert;
    private final UpdateConfig update;
    private final ReadPublicConfig readPublic;
    private final ListConfigs list;
    private final DeleteConfig delete;

    ConfigUseCasesTest() {
        transactions.enlist(configs);
        upsert = new UpsertConfig(configs, cipher, transactions, clock, Ids.random());
        update = new UpdateConfig(configs, cipher, transactions, clock);
        readPublic = new ReadPublicConfig(configs);
        list = new ListConfigs(configs);
        delete = new DeleteConfig(configs, transactions);
    }

    private static UpsertConfig.Command plain(String key, String value) {
        return new UpsertConfig.Command(key, value, "Label", "About", null, null);
    }

    private static String codeOf(Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            return e.code();
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void anUpsertCreatesAnActivePublicRowAndASecondOneChangesIt() {
        var created = upsert.upsert(plain("global_auto_screen_on_apply", "true"));
        var changed = upsert.upsert(new UpsertConfig.Command("global_auto_screen_on_apply", "false", null, null, null, null));

        assertThat(changed.id()).isEqualTo(created.id());
        assertThat(readPublic.read("global_auto_screen_on_apply"))
                .isEqualTo(new PublicConfig("global_auto_screen_on_apply", "false", "Label", "About"));
    }

    @Test
    void theSeedsSoftDisableHidesARowLikeAMissingOne() {
        upsert.upsert(new UpsertConfig.Command("paused", "x", null, null, null, false));

        assertThat(codeOf(() -> readPublic.read("paused"))).isEqualTo("CONFIG_NOT_FOUND");
        assertThat(codeOf(() -> readPublic.read("never_there"))).isEqualTo("CONFIG_NOT_FOUND");
    }

    @Test
    void secretRowsAreStoredEncryptedMaskedForAdminsAndNeverPublic() {
        upsert.upsert(new UpsertConfig.Command("mas101_leegality_sandbox_auth_token", "tok-42", null, null, true, null));

        assertThat(configs.findByKey("mas101_leegality_sandbox_auth_token").orElseThrow().storedValue())
                .doesNotContain("tok-42");
        assertThat(list.list()).singleElement().extracting(ConfigEntry::value).isEqualTo("********");
        assertThat(codeOf(() -> readPublic.read("mas101_leegality_sandbox_auth_token"))).isEqualTo("CONFIG_NOT_FOUND");
    }

    @Test
    void turningASecretIntoAPlainRowKeepsItsValueReadable() {
        var secret = upsert.upsert(new UpsertConfig.Command("k", "hidden", null, null, true, null));

        update.update(secret.id(), new UpdateConfig.Command(null, null, null, false, null));

        assertThat(readPublic.read("k").value()).isEqualTo("hidden");
    }

    @Test
    void updateChangesOnlyWhatItIsGiven() {
        var row = upsert.upsert(plain("k", "v1"));

        var updated = update.update(row.id(), new UpdateConfig.Command("v2", null, null, null, null));

        assertThat(updated.value()).isEqualTo("v2");
        assertThat(updated.label()).isEqualTo("Label");
        assertThat(updated.active()).isTrue();
    }

    @Test
    void unknownIdsAreNotFound() {
        UUID ghost = UUID.randomUUID();

        assertThat(codeOf(() -> update.update(ghost, new UpdateConfig.Command("x", null, null, null, null))))
                .isEqualTo("CONFIG_NOT_FOUND");
        assertThat(codeOf(() -> delete.delete(ghost))).isEqualTo("CONFIG_NOT_FOUND");
    }

    @Test
    void invalidInputNamesEveryBadField() {
        assertThatThrownBy(() -> new UpsertConfig.Command("bad key", null, "x".repeat(300), null, null, null))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(f -> f.field()).containsExactlyInAnyOrder("key", "value", "label"));
    }

    @Test
    void settingsResolveFromAnActiveRowThenTheEnvironmentThenTheDefault() {
        var resolve = new ResolveSetting(configs, cipher, Map.of("LEEGALITY_SANDBOX_BASE_URL", "https://env.example"));

        assertThat(resolve.resolve("leegality_base_url", "LEEGALITY_SANDBOX_BASE_URL", "https://default"))
                .isEqualTo("https://env.example");
        assertThat(resolve.resolve("leegality_base_url", "UNSET_VARIABLE", "https://default")).isEqualTo("https://default");

        upsert.upsert(new UpsertConfig.Command("leegality_base_url", "https://row.example", null, null, true, null));
        assertThat(resolve.resolve("leegality_base_url", "LEEGALITY_SANDBOX_BASE_URL", "https://default"))
                .isEqualTo("https://row.example");

        var row = configs.findByKey("leegality_base_url").orElseThrow();
        update.update(row.id(), new UpdateConfig.Command(null, null, null, null, false));
        assertThat(resolve.resolve("leegality_base_url", "LEEGALITY_SANDBOX_BASE_URL", "https://default"))
                .isEqualTo("https://env.example");
    }
}
