package in.mrmentor.cli;

import in.mrmentor.bootstrap.slot.SlotModule;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

@Command(name = "seed",
        mixinStandardHelpOptions = true,
        description = {"Seed demo data for trying the platform; idempotent, refused in production.",
                "An admin, 3 mentors with profiles and slots over the next 7 days,",
                "6 students with tokens and bookings in several states."},
        footerHeading = "%nExamples:%n",
        footer = {"  # seed once (a second run changes nothing) and print the logins",
                "  mas seed --demo"})
final class SeedCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--demo", required = true, description = "Seed the demo data set (the only one so far).")
    boolean demo;

    @Override
    public Integer call() {
        try (Backend backend = Mas.backend(spec)) {
            var report = backend.module(SlotModule.class).demoSeed().run();
            PrintWriter out = spec.commandLine().getOut();
            out.println(report.created() ? "Seeded the demo data. Logins:" : "Demo data already present. Logins:");
            report.logins().forEach(login -> out.println("  " + login));
            return ExitCode.OK;
        }
    }
}
