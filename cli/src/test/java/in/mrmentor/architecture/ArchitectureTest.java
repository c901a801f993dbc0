package in.mrmentor.architecture;

import static in.mrmentor.architecture.MasArchitecture.LAYERS;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import in.mrmentor.bootstrap.ContextModule;
import in.mrmentor.bootstrap.Platform;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The rules of ARCHITECTURE.md, checked against the production classes of every module. */
class ArchitectureTest {

    private static final JavaClasses PRODUCTION = MasArchitecture.productionClasses();
    private static final BoundedContexts CONTEXTS = MasArchitecture.contexts();

    @Test
    void theDomainDependsOnlyOnTheJdk() {
        ArchitectureRules.domainDependsOnlyOnTheJdk(LAYERS).check(PRODUCTION);
    }

    @Test
    void theApplicationDependsOnlyOnTheDomainAndTheJdk() {
        ArchitectureRules.applicationDependsOnlyOnDomainAndTheJdk(LAYERS).check(PRODUCTION);
    }

    @Test
    void adaptersDoNotDependOnEachOther() {
        ArchitectureRules.adaptersDoNotDependOnEachOther(LAYERS).check(PRODUCTION);
    }

    @Test
    void nothingInsideDependsOnBootstrapOrCli() {
        ArchitectureRules.innerLayersDoNotDependOnBootstrapOrCli(LAYERS).check(PRODUCTION);
    }

    @Test
    void boundedContextsMeetOnlyAtTheirRootPackages() {
        ArchitectureRules.contextsMeetOnlyAtTheirRootPackages(CONTEXTS, LAYERS.domain().or(LAYERS.application()))
                .check(PRODUCTION);
    }

    @Test
    void theContextsAreReadFromTheDomainAndTheApplication() {
        assertThat(CONTEXTS.names()).contains("identity", "config", "token", "slot", "idempotency")
                .doesNotContain(MasArchitecture.SHARED_KERNEL);
    }

    /**
     * Each context has its module in the bootstrap package named after it, or is a piece of the
     * platform (the blob store, idempotent requests); and every module package is a context's.
     */
    @Test
    void everyContextIsWiredByItsModuleOrThePlatform() {
        Set<String> modules = new TreeSet<>();
        for (JavaClass module : PRODUCTION.that(LAYERS.bootstrap())) {
            if (module.isAssignableTo(ContextModule.class) && !module.isInterface()) {
                modules.add(BoundedContexts.roomUnder(MasArchitecture.BOOTSTRAP_PACKAGE, module.getPackageName())
                        .orElse(module.getPackageName()));
            }
        }
        Set<String> platform = new TreeSet<>();
        for (var dependency : PRODUCTION.get(Platform.class).getDirectDependenciesFromSelf()) {
            CONTEXTS.contextOf(dependency.getTargetClass()).ifPresent(platform::add);
        }
        Set<String> wired = new TreeSet<>(modules);
        wired.addAll(platform);

        assertThat(modules).as("packages of the context modules").isSubsetOf(CONTEXTS.names());
        assertThat(wired).as("contexts with a module or wired by the platform").containsAll(CONTEXTS.names());
    }

    @Test
    void everyBootstrapSubPackageIsAContextsModuleOrTheSettingsOrThePlatform() {
        Set<String> rooms = new TreeSet<>();
        for (JavaClass javaClass : PRODUCTION.that(LAYERS.bootstrap())) {
            Optional<String> room = BoundedContexts.roomUnder(MasArchitecture.BOOTSTRAP_PACKAGE, javaClass.getPackageName());
            room.filter(name -> !MasArchitecture.BOOTSTRAP_SHARED_ROOMS.contains(name)).ifPresent(rooms::add);
        }
        assertThat(rooms).isSubsetOf(CONTEXTS.names());
    }

    @Test
    void bootstrapsRootPackageHoldsOnlyTheModulesTheServerAndThePlatform() {
        ArchitectureRules.packageHoldsOnly(MasArchitecture.BOOTSTRAP_PACKAGE, MasArchitecture.BOOTSTRAP_ROOT)
                .check(PRODUCTION);
    }

    @Test
    void thereAreNoPackageCycles() {
        ArchitectureRules.freeOfCycles(MasArchitecture.CYCLE_FREE_SLICES).check(PRODUCTION);
    }
}
