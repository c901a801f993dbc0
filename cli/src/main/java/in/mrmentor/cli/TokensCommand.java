package in.mrmentor.cli;

import in.mrmentor.bootstrap.token.TokenModule;
import in.mrmentor.shared.Validation;
import in.mrmentor.token.GrantTokens;
import in.mrmentor.token.Wallet;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "tokens",
        mixinStandardHelpOptions = true,
        description = "Grant, correct and show users' tokens.",
        subcommands = {TokensCommand.Grant.class, TokensCommand.Balance.class})
final class TokensCommand extends CommandGroup {

    @Command(name = "grant", mixinStandardHelpOptions = true,
            description = {"Grant tokens to one account of a user; a negative amount is a correction.",
                    "No account ever goes below zero (exit 4 INSUFFICIENT_TOKENS)."})
    static final class Grant implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--email", required = true, description = "The user's e-mail address.")
        String email;

        @Option(names = "--account", required = true, description = "token, resumeToken or promotionalToken.")
        String account;

        @Option(names = "--amount", required = true,
                description = "Whole tokens; negative to take tokens away.")
        long amount;

        @Option(names = "--reason", required = true, description = "Why (kept in the grant audit).")
        String reason;

        @Override
        public Integer call() {
            try (Backend backend = Mas.backend(spec)) {
                var tokens = backend.module(TokenModule.class);
                var userId = tokens.findTokenHolder.byEmail(email);
                var wallet = Wallet.fromApiName(account).orElseThrow(
                        () -> Validation.invalid("account", "must be one of " + Wallet.apiNames()));
                var receipt = tokens.grantTokens.grant(TokenModule.OPERATOR,
                        new GrantTokens.Command(userId, wallet, amount, reason));
                spec.commandLine().getOut().printf("Granted %d %s to %s; balance now %d (grant %s)%n",
                        receipt.amount(), receipt.wallet().apiName(), email, receipt.balanceAfter(), receipt.grantId());
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "balance", mixinStandardHelpOptions = true, description = "Show a user's three balances.")
    static final class Balance implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--email", required = true, description = "The user's e-mail address.")
        String email;

        @Override
        public Integer call() {
            try (Backend backend = Mas.backend(spec)) {
                var tokens = backend.module(TokenModule.class);
                var balance = tokens.showWallet.show(tokens.findTokenHolder.byEmail(email));
                PrintWriter out = spec.commandLine().getOut();
                out.printf("token %d%nresumeToken %d%npromotionalToken %d%n",
                        balance.token(), balance.resumeToken(), balance.promotionalToken());
            }
            return ExitCode.OK;
        }
    }
}
