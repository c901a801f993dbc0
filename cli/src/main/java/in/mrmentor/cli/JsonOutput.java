package in.mrmentor.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import in.mrmentor.http.json.Json;
import picocli.CommandLine.Option;

import java.io.PrintWriter;

/**
 * {@code --json} of the list commands: the items as one JSON array on stdout, with the field names and
 * formats of the HTTP API (camelCase, ISO-8601 UTC instants), so scripts need no table parsing.
 * A command that shows one record takes {@link OneObject} instead, whose help says what it prints.
 */
final class JsonOutput {

    @Option(names = "--json", description = "Print the result as JSON (one array) instead of a table.")
    boolean enabled;

    /** {@code --json} of a command that shows one record ({@code users show}, {@code outbox show}, {@code tokens balance}). */
    static final class OneObject {
        @Option(names = "--json", description = "Print the result as JSON (one object) instead of text.")
        boolean enabled;
    }

    static void print(PrintWriter out, Object value) {
        try {
            out.println(Json.mapper().writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the result could not be written as JSON", e);
        }
    }
}
