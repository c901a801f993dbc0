package in.mrmentor.cli;

import in.mrmentor.bootstrap.hiring.HiringModule;
import in.mrmentor.hiring.ImportSalaryBenchmarks;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "hire",
        mixinStandardHelpOptions = true,
        description = "Mr. Hire operations: salary benchmarks and re-screening.",
        subcommands = {HireCommand.Benchmarks.class, HireCommand.Rescreen.class})
final class HireCommand extends CommandGroup {

    @Command(name = "benchmarks", mixinStandardHelpOptions = true, description = "Salary benchmarks.",
            subcommands = {HireCommand.ImportBenchmarks.class})
    static final class Benchmarks extends CommandGroup {
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import salary benchmarks from a CSV file.",
                    "Columns role, location, p25_inr, p50_inr, p75_inr, sample_size, source (whole rupees, stored",
                    "as paise). Read as a stream; a row for an",
                    "existing role and location replaces it. Bad rows are named by line and reason; exit 1 if any."})
    static final class ImportBenchmarks implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Parameters(paramLabel = "FILE.csv", description = "The CSV file (UTF-8).")
        Path file;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!Files.isRegularFile(file)) {
                err.printf("no such file: %s%n", file);
                return ExitCode.NOT_FOUND;
            }
            try (Backend backend = Mas.backend(spec);
                 Reader reader = new java.io.InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8
                         .newDecoder().onMalformedInput(CodingErrorAction.REPORT))) {
                ImportSalaryBenchmarks.Report report = backend.module(HiringModule.class).importBenchmarks(reader);
                for (var failure : report.failures()) {
                    err.printf("line %d: %s%n", failure.line(), failure.reason());
                }
                out.printf("%d row(s) imported, %d refused%n", report.imported(), report.failures().size());
                return report.ok() ? ExitCode.OK : ExitCode.FAILURE;
            } catch (NoSuchFileException e) {
                err.printf("no such file: %s%n", file);
                return ExitCode.NOT_FOUND;
            } catch (IOException | java.io.UncheckedIOException e) {
                err.printf("cannot read %s: %s%n", file, e.getMessage());
                return ExitCode.FAILURE;
            } catch (IllegalArgumentException e) {
                err.printf("cannot read %s: %s%n", file, e.getMessage());
                return ExitCode.INVALID;
            }
        }
    }

    @Command(name = "rescreen", mixinStandardHelpOptions = true,
            description = {"Queue the resume analysis of every application of a post that is not rejected.",
                    "A verdict a recruiter overruled by hand is kept."})
    static final class Rescreen implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.Option(names = "--job", required = true, paramLabel = "ID", description = "The job post id.")
        UUID job;

        @CommandLine.Option(names = "--dry-run", description = "Print what would be queued and queue nothing.")
        boolean dryRun;

        @Override
        public Integer call() {
            try (Backend backend = Mas.backend(spec)) {
                var queued = backend.module(HiringModule.class).rescreenJob.rescreen(job, dryRun);
                PrintWriter out = spec.commandLine().getOut();
                for (UUID id : queued) {
                    out.printf("%squeue application %s%n", dryRun ? "would " : "", id);
                }
                out.printf("%s%d application(s) queued for screening%n", dryRun ? "dry run: " : "", queued.size());
                return ExitCode.OK;
            }
        }
    }
}
