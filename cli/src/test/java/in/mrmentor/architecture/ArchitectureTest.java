package in.mrmentor.architecture;

import static in.mrmentor.architecture.MasArchitecture.LAYERS;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

/** The rules of ARCHITECTURE.md, checked against the production classes of every module. */
class ArchitectureTest {

    private static final JavaClasses PRODUCTION = MasArchitecture.productionClasses();

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
        BoundedContexts contexts = new BoundedContexts(
                MasArchitecture.BASE_PACKAGE, MasArchitecture.CONTEXTS, MasArchitecture.SHARED_KERNEL);
        ArchitectureRules.contextsMeetOnlyAtTheirRootPackages(contexts, LAYERS.domain().or(LAYERS.application()))
                .check(PRODUCTION);
    }

    @Test
    void thereAreNoPackageCycles() {
        ArchitectureRules.freeOfCycles(MasArchitecture.CYCLE_FREE_SLICES).check(PRODUCTION);
    }
}
