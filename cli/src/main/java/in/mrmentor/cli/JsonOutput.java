package in.mrmentor.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import in.mrmentor.http.json.Json;
import picocli.CommandLine.Option;

import java.io.PrintWriter;

/**
 * {@code --json} of the list commands: the items as one JSON array on stdout, with the field names and
 * formats of the HTTP API (camelCase, ISO-8601 UTC instants), so scripts need no table parsing.
 */
final class JsonOutput {

    @Option(names = "--json", description = "Print the result as JSON (one array) instead of a table.")
    boolean enabled;

    static void print(PrintWriter out, Object value) {
        try {
            out.println(Json.mapper().writeValueAsString(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the result could not be written as JSON", e);
        }
    }
}
