package in.mrmentor.persistence.embedded;

import java.nio.file.Path;
import java.util.List;

/** A process of its own that starts the embedded server on a data directory and waits to be killed. */
public final class EmbeddedPostgresChild {
    static final String PORT_LINE = "PORT ";

    private EmbeddedPostgresChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedPostgres pg = EmbeddedPostgres.start(EmbeddedPostgres.Options.at(Path.of(args[0]))
                .withServerSettings(List.of("fsync=off", "synchronous_commit=off")));
        System.out.println(PORT_LINE + pg.port());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
