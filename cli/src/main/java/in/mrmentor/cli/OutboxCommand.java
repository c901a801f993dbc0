package in.mrmentor.cli;

import in.mrmentor.bootstrap.mail.MailModule;
import in.mrmentor.mail.OutboxEntry;
import in.mrmentor.mail.ShowOutboxMessage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Callable;

@Command(name = "outbox",
        mixinStandardHelpOptions = true,
        description = "Read outgoing mail (with no SMTP configured, the only place it goes) and send a message again.",
        subcommands = {OutboxCommand.ListMessages.class, OutboxCommand.Show.class, OutboxCommand.Resend.class})
final class OutboxCommand extends CommandGroup {

    /** A list row: no body, it may hold one-time codes. */
    record OutboxRow(UUID id, String to, String subject, OutboxEntry.Status status, Instant createdAt) {
        static OutboxRow of(OutboxEntry entry) {
            return new OutboxRow(entry.id(), entry.email().to(), entry.email().subject(), entry.status(), entry.createdAt());
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List outgoing mail, newest first, without bodies.")
    static final class ListMessages implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        Paging paging;

        @CommandLine.Mixin
        JsonOutput json;

        @Override
        public Integer call() {
            try (Backend backend = Mas.backend(spec)) {
                var page = backend.module(MailModule.class).listOutbox.page(paging.limit, paging.cursor).map(OutboxRow::of);
                PrintWriter out = spec.commandLine().getOut();
                if (json.enabled) {
                    JsonOutput.print(out, page.items());
                } else {
                    out.printf("%-36s %-8s %-24s %-32s %s%n", "ID", "STATUS", "CREATED", "TO", "SUBJECT");
                    for (OutboxRow row : page.items()) {
                        out.printf("%-36s %-8s %-24s %-32s %s%n", row.id(), row.status(), row.createdAt(), row.to(),
                                row.subject());
                    }
                }
                Paging.printNext(spec.commandLine().getErr(), page.nextCursor());
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = {"Show one message with its body (exit 3 when there is none).",
                    "In production one-time codes and links in the body are redacted."},
            footerHeading = "%nExamples:%n",
            footer = {"  # the id of the newest message, then the message with its body",
                    "  mas outbox list --limit 1",
                    "  mas outbox show 3f2504e0-4f89-11d3-9a0c-0305e82c3301",
                    "  mas outbox show 3f2504e0-4f89-11d3-9a0c-0305e82c3301 --json"})
    static final class Show implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "The message's id (see mas outbox list).")
        UUID id;

        @CommandLine.Mixin
        JsonOutput.OneObject json;

        @Override
        public Integer call() {
            try (Backend backend = Mas.backend(spec)) {
                ShowOutboxMessage.Message message = backend.module(MailModule.class).showOutboxMessage.show(id);
                PrintWriter out = spec.commandLine().getOut();
                if (json.enabled) {
                    JsonOutput.print(out, message);
                    return ExitCode.OK;
                }
                out.println("id:      " + message.id());
                out.println("to:      " + message.to());
                if (!message.cc().isEmpty()) {
                    out.println("cc:      " + String.join(", ", message.cc()));
                }
                for (ShowOutboxMessage.AttachedFile file : message.attachments()) {
                    out.println("file:    " + file.filename() + " (" + file.contentType() + ", " + file.bytes() + " bytes)");
                }
                out.println("subject: " + message.subject());
                out.println("status:  " + message.status());
                out.println("created: " + message.createdAt());
                if (message.lastError() != null) {
                    out.println("error:   " + message.lastError());
                }
                if (message.redacted()) {
                    out.println("(production: one-time codes and links are redacted)");
                }
                out.println();
                out.println(message.textBody());
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "resend", mixinStandardHelpOptions = true,
            description = {"Send a message again.",
                    "A copy is queued for delivery (over SMTP when configured); the original stays as it was."})
    static final class Resend implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "The message's id.")
        UUID id;

        @Override
        public Integer call() {
            try (Backend backend = Mas.backend(spec)) {
                UUID copy = backend.module(MailModule.class).resendOutboxMessage.resend(id);
                spec.commandLine().getOut().printf("Queued a copy of %s as %s; a running server delivers it.%n", id, copy);
            }
            return ExitCode.OK;
        }
    }
}
