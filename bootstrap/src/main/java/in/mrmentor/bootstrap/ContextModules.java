package in.mrmentor.bootstrap;

import in.mrmentor.http.RouteGroup;
import in.mrmentor.jobs.Housekeeping;

import java.util.ArrayList;
import java.util.List;

/** The context modules of one process, in dependency order: a module is added after those it uses. */
public final class ContextModules {
    private final List<ContextModule> modules = new ArrayList<>();

    ContextModules() {
    }

    /** Adds {@code module} and hands it back, so the next module's line can pass it on. */
    <T extends ContextModule> T add(T module) {
        if (modules.stream().anyMatch(known -> known.getClass() == module.getClass())) {
            throw new IllegalArgumentException(module.getClass().getSimpleName() + " is added twice");
        }
        modules.add(module);
        return module;
    }

    /** The module of that type, for the CLI and tests that drive a context's use cases directly. */
    public <T extends ContextModule> T get(Class<T> type) {
        return modules.stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no " + type.getSimpleName() + " among the modules"));
    }

    public List<ContextModule> inOrder() {
        return List.copyOf(modules);
    }

    public List<RouteGroup> routes() {
        return modules.stream().flatMap(module -> module.routes().stream()).toList();
    }

    public List<Housekeeping> housekeeping() {
        return modules.stream().flatMap(module -> module.housekeeping().stream()).toList();
    }
}
