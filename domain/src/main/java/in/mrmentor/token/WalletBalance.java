package in.mrmentor.token;

import java.util.EnumMap;
import java.util.Map;

/** What a user holds in each of their three accounts. */
public record WalletBalance(long token, long resumeToken, long promotionalToken) {
    public WalletBalance {
        if (token < 0 || resumeToken < 0 || promotionalToken < 0) {
            throw new IllegalArgumentException("a user account never holds less than zero");
        }
    }

    public static WalletBalance empty() {
        return new WalletBalance(0, 0, 0);
    }

    public static WalletBalance of(Map<Wallet, Long> balances) {
        return new WalletBalance(balances.getOrDefault(Wallet.TOKEN, 0L),
                balances.getOrDefault(Wallet.RESUME_TOKEN, 0L), balances.getOrDefault(Wallet.PROMOTIONAL_TOKEN, 0L));
    }

    public long of(Wallet wallet) {
        return switch (wallet) {
            case TOKEN -> token;
            case RESUME_TOKEN -> resumeToken;
            case PROMOTIONAL_TOKEN -> promotionalToken;
        };
    }

    public Map<Wallet, Long> asMap() {
        Map<Wallet, Long> map = new EnumMap<>(Wallet.class);
        for (Wallet wallet : Wallet.values()) {
            map.put(wallet, of(wallet));
        }
        return map;
    }
}
