package in.mrmentor.cli;

import in.mrmentor.jobs.DeadJob;
import in.mrmentor.jobs.KnownQueues;
import in.mrmentor.jobs.QueueDepths;
import in.mrmentor.jobs.QueueStats;
import in.mrmentor.shared.DomainException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;

@Command(name = "queues",
        mixinStandardHelpOptions = true,
        description = "Inspect background job queues and re-run dead jobs (PostgreSQL, or Redis when REDIS_URL is set).",
        subcommands = {QueuesCommand.Stats.class, QueuesCommand.Dead.class, QueuesCommand.RetryDead.class},
        footerHeading = "%nExamples:%n",
        footer = {"  mas queues stats",
                "  # the mail that failed for good, then send all of it again",
                "  mas queues dead email",
                "  mas queues retry-dead email",
                "  # only one dead job",
                "  mas queues retry-dead email --id 3f2504e0-4f89-11d3-9a0c-0305e82c3301"})
final class QueuesCommand extends CommandGroup {
    static final int MAX_DEAD = 200;


    /** An unknown queue exits 3 with the known names, like any unknown record (the seed printed an empty list). */
    static String queue(Backend backend, String name) {
        return new KnownQueues(backend.platform().queueAdministration()).require(name);
    }

    @Command(name = "stats", mixinStandardHelpOptions = true,
            description = "Jobs per queue (every known queue, also when empty): waiting, running, delayed, dead.")
    static final class Stats implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        JsonOutput json;

        @Override
        public Integer call() {
            try (Backend backend = Mas.backend(spec)) {
                PrintWriter out = spec.commandLine().getOut();
                List<QueueStats> all = new QueueDepths(backend.platform().queueAdministration()).all();
                if (json.enabled) {
                    JsonOutput.print(out, all);
                    return ExitCode.OK;
                }
                out.printf("%-20s %8s %8s %8s %8s%n", "QUEUE", "WAITING", "RUNNING", "DELAYED", "DEAD");
                for (QueueStats stats : all) {
                    out.printf("%-20s %8d %8d %8d %8d%n", stats.type(), stats.waiting(), stats.running(), stats.delayed(),
                            stats.dead());
                }
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "dead", mixinStandardHelpOptions = true, description = "List the dead jobs of QUEUE with their last error.")
    static final class Dead implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Mixin
        JsonOutput json;

        @Parameters(paramLabel = "QUEUE", description = "e.g. email, cleanup, kpi.")
        String queue;

        @Override
        public Integer call() {
            try (Backend backend = Mas.backend(spec)) {
                String name = queue(backend, queue);
                PrintWriter out = spec.commandLine().getOut();
                List<DeadJob> dead = backend.platform().queueAdministration().deadJobs(name, MAX_DEAD);
                if (json.enabled) {
                    JsonOutput.print(out, dead);
                    return ExitCode.OK;
                }
                out.printf("%-36s %-8s %-24s %s%n", "ID", "ATTEMPTS", "FAILED AT", "LAST ERROR");
                for (DeadJob job : dead) {
                    out.printf("%-36s %-8d %-24s %s%n", job.id(), job.attempts(), job.failedAt(), job.lastError());
                }
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "retry-dead", mixinStandardHelpOptions = true,
            description = "Make the dead jobs of QUEUE due again with fresh attempts (all of them, or one with --id).")
    static final class RetryDead implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "QUEUE", description = "e.g. email.")
        String queue;

        @Option(names = "--id", description = "Only this dead job.")
        UUID id;

        @Override
        public Integer call() {
            try (Backend backend = Mas.backend(spec)) {
                String name = queue(backend, queue);
                List<UUID> ids = id != null ? List.of(id)
                        : backend.platform().queueAdministration().deadJobs(name, MAX_DEAD).stream().map(DeadJob::id).toList();
                int retried = 0;
                for (UUID deadId : ids) {
                    if (backend.platform().queueAdministration().retryDead(name, deadId)) {
                        retried++;
                    }
                }
                if (id != null && retried == 0) {
                    throw DomainException.notFound("JOB_NOT_FOUND", "No dead job " + id + " in queue " + name + ".");
                }
                spec.commandLine().getOut().printf("Retried %d dead job(s) in %s.%n", retried, name);
            }
            return ExitCode.OK;
        }
    }
}
