package in.mrmentor.cli;

import in.mrmentor.bootstrap.token.TokenModule;
import in.mrmentor.shared.Validation;
import in.mrmentor.token.GrantTokens;
import in.mrmentor.token.LedgerEntry;
import in.mrmentor.token.ShowLedger;
import in.mrmentor.token.Wallet;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "tokens",
        mixinStandardHelpOptions = true,
        description = "Grant, correct and show users' tokens and their ledger.",
        subcommands = {TokensCommand.Grant.class, TokensCommand.Balance.class, TokensCommand.LedgerOf.class})
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

        @CommandLine.Mixin
        JsonOutput.OneObject json;

        @Override
        public Integer call() {
            try (Backend backend = Mas.backend(spec)) {
                var tokens = backend.module(TokenModule.class);
                var balance = tokens.showWallet.show(tokens.findTokenHolder.byEmail(email));
                PrintWriter out = spec.commandLine().getOut();
                if (json.enabled) {
                    JsonOutput.print(out, balance);
                    return ExitCode.OK;
                }
                out.printf("token %d%nresumeToken %d%npromotionalToken %d%n",
                        balance.token(), balance.resumeToken(), balance.promotionalToken());
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "ledger", mixinStandardHelpOptions = true,
            description = "Show a user's token ledger, newest entry first, a page at a time.",
            footerHeading = "%nExamples:%n",
            footer = {"  mas tokens ledger --user asha@example.com",
                    "  # the ten newest entries as JSON, then the ten before them",
                    "  mas tokens ledger --user asha@example.com --limit 10 --json",
                    "  mas tokens ledger --user asha@example.com --limit 10 --json --cursor CURSOR"})
    static final class LedgerOf implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--user", required = true, paramLabel = "EMAIL", description = "The user's e-mail address.")
        String email;

        @CommandLine.Mixin
        Paging paging;

        @CommandLine.Mixin
        JsonOutput json;

        @Override
        public Integer call() {
            var query = new ShowLedger.Query(paging.limit, paging.cursor);
            try (Backend backend = Mas.backend(spec)) {
                var tokens = backend.module(TokenModule.class);
                var page = tokens.showLedger.page(tokens.findTokenHolder.byEmail(email), query);
                PrintWriter out = spec.commandLine().getOut();
                if (json.enabled) {
                    JsonOutput.print(out, page.items());
                } else {
                    out.printf("%-8s %-24s %-18s %8s %8s %-22s %s%n", "SEQ", "AT", "ACCOUNT", "DELTA", "BALANCE", "KIND",
                            "REFERENCE");
                    for (LedgerEntry entry : page.items()) {
                        out.printf("%-8d %-24s %-18s %8d %8d %-22s %s%n", entry.sequence(), entry.at(),
                                entry.wallet().apiName(), entry.delta(), entry.balanceAfter(), entry.kind(),
                                entry.reference() == null ? "" : entry.reference());
                    }
                }
                Paging.printNext(spec.commandLine().getErr(), page.nextCursor());
            }
            return ExitCode.OK;
        }
    }
}
