package in.mrmentor.cli;

import in.mrmentor.bootstrap.platform.StartupFailure;
import in.mrmentor.bootstrap.settings.SettingsException;
import in.mrmentor.persistence.embedded.EmbeddedPostgresException;
import in.mrmentor.shared.DomainException;
import in.mrmentor.shared.FieldError;
import picocli.CommandLine;

import java.io.PrintWriter;

/**
 * Turns what a command threw into a clear message and an exit code. Business refusals and
 * configuration problems are expected and shown plainly; anything else is a bug, reported without
 * a stack trace unless {@code MAS_DEBUG} is set.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof SettingsException settings) {
            err.println("mas: " + settings.getMessage());
            return ExitCode.INVALID;
        }
        if (e instanceof DomainException refusal) {
            err.println("mas: " + refusal.detail() + " (" + refusal.code() + ")");
            for (FieldError field : refusal.fieldErrors()) {
                err.println("  " + field.field() + ": " + field.message());
            }
            return ExitCode.of(refusal.kind());
        }
        if (e instanceof StartupFailure startup) {
            err.println("mas: " + startup.getMessage());
            return ExitCode.FAILURE;
        }
        if (e instanceof EmbeddedPostgresException database) {
            err.println("mas: " + database.getMessage());
            return ExitCode.FAILURE;
        }
        err.println("mas: unexpected failure: " + e.getClass().getSimpleName()
                + (System.getenv("MAS_DEBUG") != null ? "" : " (set MAS_DEBUG=1 for details)"));
        if (System.getenv("MAS_DEBUG") != null) {
            e.printStackTrace(err);
        }
        return ExitCode.FAILURE;
    }
}
