package in.mrmentor.cli;

import picocli.CommandLine;

/** A command that only groups subcommands ({@code mas users}, {@code mas queues}, ...): run bare, it shows its usage. */
abstract class CommandGroup implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
