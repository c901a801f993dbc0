package in.mrmentor.token;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AccountTest {

    @Test
    void aUserAccountMayHoldZeroButNeverLess() {
        var account = new UserAccount(UUID.randomUUID(), Wallet.TOKEN);

        assertThat(account.mayHold(0)).isTrue();
        assertThat(account.mayHold(7)).isTrue();
        assertThat(account.mayHold(-1)).isFalse();
    }

    @Test
    void everySystemAccountMayGoAsNegativeAsUsersHoldTokens() {
        for (SystemAccount account : SystemAccount.values()) {
            assertThat(account.mayHold(-1_000_000)).as(account.name()).isTrue();
            assertThat(account.mayHold(0)).as(account.name()).isTrue();
        }
    }
}
