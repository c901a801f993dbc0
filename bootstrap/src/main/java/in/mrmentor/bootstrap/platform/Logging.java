package in.mrmentor.bootstrap.platform;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import in.mrmentor.bootstrap.Settings;
import org.slf4j.LoggerFactory;

/** Switches the log output to JSON lines when {@code LOG_FORMAT=json}; text is logback.xml's default. */
public final class Logging {

    private Logging() {
    }

    /** {@code mas --quiet}: only warnings and errors, so a script reads the command's own output. */
    public static void quiet() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }

    public static void apply(Settings.LogFormat format) {
        if (format != Settings.LogFormat.JSON || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        var config = Logging.class.getResource("/logback-json.xml");
        if (config == null) {
            return;
        }
        try {
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            context.reset();
            configurator.doConfigure(config);
        } catch (JoranException e) {
            throw new IllegalStateException("cannot configure JSON logging", e);
        }
    }
}
