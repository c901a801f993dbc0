package in.mrmentor.token;

import java.util.UUID;

/**
 * Builders that keep token tests short: {@code aGrant().of(5).to(student).because("pilot").command()};
 * a grant is five paid tokens "for a test" unless told otherwise.
 */
public final class TokenTestData {

    private TokenTestData() {
    }

    public static GrantBuilder aGrant() {
        return new GrantBuilder();
    }

    public static final class GrantBuilder {
        private UUID user = UUID.randomUUID();
        private Wallet wallet = Wallet.TOKEN;
        private long amount = 5;
        private String reason = "for a test";

        public GrantBuilder to(UUID value) {
            user = value;
            return this;
        }

        public GrantBuilder of(long value) {
            amount = value;
            return this;
        }

        public GrantBuilder into(Wallet value) {
            wallet = value;
            return this;
        }

        public GrantBuilder because(String value) {
            reason = value;
            return this;
        }

        public GrantTokens.Command command() {
            return new GrantTokens.Command(user, wallet, amount, reason);
        }
    }
}
