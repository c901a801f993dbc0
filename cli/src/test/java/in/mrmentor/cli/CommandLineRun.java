package in.mrmentor.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** One in-process run of {@code mas}: its exit code and what it printed. */
record CommandLineRun(int exitCode, String out, String err) {

    static CommandLineRun of(Map<String, String> environment, String... args) {
        return withInput(environment, "", args);
    }

    static CommandLineRun withInput(Map<String, String> environment, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var commandLine = Mas.commandLine(environment,
                new java.io.ByteArrayInputStream(stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new CommandLineRun(exitCode, out.toString(), err.toString());
    }
}
