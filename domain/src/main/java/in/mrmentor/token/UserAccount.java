package in.mrmentor.token;

import java.util.Objects;
import java.util.UUID;

public record UserAccount(UUID userId, Wallet wallet) implements Account {
    public UserAccount {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(wallet, "wallet");
    }

    @Override
    public String ledgerName() {
        return "user:" + userId + ":" + wallet.apiName();
    }

    @Override
    public boolean mayHold(long balance) {
        return balance >= 0;
    }
}
