package in.mrmentor.architecture;

import static in.mrmentor.architecture.MasArchitecture.LAYERS;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import in.mrmentor.config.FeatureFlag;
import in.mrmentor.config.ListConfigs;
import in.mrmentor.identity.Role;
import in.mrmentor.persistence.config.JdbiSystemConfigs;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The layer predicates themselves: if they matched nothing, or the wrong jar, every rule in
 * {@link ArchitectureTest} would pass without checking anything.
 */
class ModuleLocationTest {

    private static final JavaClasses PRODUCTION = MasArchitecture.productionClasses();

    @Test
    void classesOfTheSamePackageAreToldApartByTheirModule() {
        JavaClass domainClass = PRODUCTION.get(FeatureFlag.class);
        JavaClass applicationClass = PRODUCTION.get(ListConfigs.class);
        assertThat(domainClass.getPackageName()).isEqualTo(applicationClass.getPackageName());

        assertThat(MasArchitecture.DOMAIN.holds(domainClass)).isTrue();
        assertThat(MasArchitecture.APPLICATION.holds(domainClass)).isFalse();
        assertThat(MasArchitecture.APPLICATION.holds(applicationClass)).isTrue();
        assertThat(MasArchitecture.DOMAIN.holds(applicationClass)).isFalse();
    }

    @Test
    void anArrayResidesInTheModuleOfItsElementType() {
        // Role.values() clones a Role[]; the domain rule must not mistake that for a foreign class.
        JavaClass roleArray = PRODUCTION.get(Role.class).getDirectDependenciesFromSelf().stream()
                .map(dependency -> dependency.getTargetClass())
                .filter(JavaClass::isArray)
                .findFirst()
                .orElseThrow();

        assertThat(MasArchitecture.DOMAIN.holds(roleArray)).isTrue();
    }

    @Test
    void eachAnchorPackageResidesInItsOwnModule() {
        assertThat(MasArchitecture.PERSISTENCE.holds(PRODUCTION.get(JdbiSystemConfigs.class))).isTrue();
        assertThat(MasArchitecture.MESSAGING.holds(PRODUCTION.get("in.mrmentor.messaging.package-info"))).isTrue();
        assertThat(MasArchitecture.EXTERNAL.holds(PRODUCTION.get("in.mrmentor.external.package-info"))).isTrue();
        assertThat(MasArchitecture.HTTP.holds(PRODUCTION.get("in.mrmentor.http.package-info"))).isTrue();
        assertThat(MasArchitecture.BOOTSTRAP.holds(PRODUCTION.get("in.mrmentor.bootstrap.package-info"))).isTrue();
        assertThat(MasArchitecture.MESSAGING.holds(PRODUCTION.get("in.mrmentor.external.package-info"))).isFalse();
    }

    @Test
    void everyProductionClassResidesInExactlyOneModule() {
        List<String> strays = PRODUCTION.stream()
                .filter(javaClass -> LAYERS.all().stream().filter(layer -> layer.test(javaClass)).count() != 1)
                .map(javaClass -> javaClass.getName() + " in " + modulesOf(javaClass))
                .collect(Collectors.toList());

        assertThat(strays).isEmpty();
        assertThat(PRODUCTION.that(LAYERS.domain())).isNotEmpty();
        assertThat(PRODUCTION.that(LAYERS.application())).isNotEmpty();
        assertThat(PRODUCTION.that(LAYERS.persistence())).isNotEmpty();
    }

    private static List<String> modulesOf(JavaClass javaClass) {
        return LAYERS.all().stream()
                .filter(layer -> layer.test(javaClass))
                .map(DescribedPredicate::getDescription)
                .collect(Collectors.toList());
    }
}
