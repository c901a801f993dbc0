package in.mrmentor.http;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Why the server could not start listening, told in words an operator can act on. */
final class BindFailure {

    private BindFailure() {
    }

    static IllegalStateException explain(HttpSettings settings, Exception e) {
        // Javalin rethrows Jetty's failure, sometimes as the checked exception of its own clean-up.
        String reason = isBindFailure(e) || portTaken(settings) ? "the address is already in use"
                : "the server failed to start; see the log above";
        return new IllegalStateException("Cannot listen on " + settings.host() + ":" + settings.port() + " (" + reason
                + "). Stop whatever uses it, or set PORT to a free port.", e);
    }

    static boolean portTaken(HttpSettings settings) {
        if (settings.port() == 0) {
            return false;
        }
        try (var probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(settings.host(), settings.port()));
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private static boolean isBindFailure(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException) {
                return true;
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                if (isBindFailure(suppressed)) {
                    return true;
                }
            }
        }
        return false;
    }
}
