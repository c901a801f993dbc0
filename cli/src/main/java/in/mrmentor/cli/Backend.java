package in.mrmentor.cli;

import in.mrmentor.bootstrap.ContextModule;
import in.mrmentor.bootstrap.ContextModules;
import in.mrmentor.bootstrap.MasServer;
import in.mrmentor.bootstrap.Platform;
import in.mrmentor.bootstrap.Settings;

/**
 * What an operations command runs against: the platform and the same context modules the server
 * builds, without the HTTP server and without job workers.
 */
record Backend(Platform platform, ContextModules modules) implements AutoCloseable {

    static Backend open(Settings settings) {
        return open(settings, settings.migrateOnStart());
    }

    /** @param migrate false for commands that must look without changing anything ({@code mas status}) */
    static Backend open(Settings settings, boolean migrate) {
        Platform platform = Platform.open(settings, migrate);
        try {
            return new Backend(platform, MasServer.modules(platform));
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    <T extends ContextModule> T module(Class<T> type) {
        return modules.get(type);
    }

    @Override
    public void close() {
        platform.close();
    }
}
