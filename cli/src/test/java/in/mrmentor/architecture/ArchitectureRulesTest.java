package in.mrmentor.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import in.mrmentor.architecture.fixture.adaptercoupling.external.SmtpMailer;
import in.mrmentor.architecture.fixture.adaptercoupling.http.HealthRoutes;
import in.mrmentor.architecture.fixture.adaptercoupling.http.QueueRoutes;
import in.mrmentor.architecture.fixture.applicationleak.application.AdapterCallingUseCase;
import in.mrmentor.architecture.fixture.applicationleak.application.CleanUseCase;
import in.mrmentor.architecture.fixture.applicationleak.application.JdbiUseCase;
import in.mrmentor.architecture.fixture.applicationleak.application.JsonUseCase;
import in.mrmentor.architecture.fixture.contexts.leaking.contexta.PoliteCaller;
import in.mrmentor.architecture.fixture.contexts.leaking.contexta.PortBorrower;
import in.mrmentor.architecture.fixture.contexts.leaking.contexta.SecretReader;
import in.mrmentor.architecture.fixture.cycles.cyclic.a.Alpha;
import in.mrmentor.architecture.fixture.cycles.cyclic.b.Beta;
import in.mrmentor.architecture.fixture.domainleak.domain.DataSourceLedger;
import in.mrmentor.architecture.fixture.domainleak.domain.FileExport;
import in.mrmentor.architecture.fixture.domainleak.domain.JdbcLedger;
import in.mrmentor.architecture.fixture.domainleak.domain.LoggingWallet;
import in.mrmentor.architecture.fixture.domainleak.domain.PathStore;
import in.mrmentor.architecture.fixture.domainleak.domain.PureWallet;
import in.mrmentor.architecture.fixture.domainleak.domain.UrlProbe;
import in.mrmentor.architecture.fixture.domainleak.domain.WalletCallingUseCase;
import in.mrmentor.architecture.fixture.rootleak.application.UseCaseCallingCli;
import in.mrmentor.architecture.fixture.rootleak.bootstrap.Wiring;
import in.mrmentor.architecture.fixture.rootleak.bootstrap.WiringThatCallsCli;
import in.mrmentor.architecture.fixture.rootleak.cli.MasCommand;
import in.mrmentor.architecture.fixture.rootleak.domain.WalletReadingWiring;
import in.mrmentor.architecture.fixture.rootleak.persistence.TableReadingWiring;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link ArchitectureRules} proven on fixtures: it fails on classes that break it,
 * naming each offender and no bystander, and it passes on classes that obey it. Only then does a
 * green {@link ArchitectureTest} mean something.
 */
class ArchitectureRulesTest {

    private static final String FIXTURE = "in.mrmentor.architecture.fixture";

    @Nested
    class DomainRule {

        @Test
        void rejectsSqlFilesNetworkJavaxLibrariesAndApplicationClassesInTheDomain() {
            ArchRule rule = ArchitectureRules.domainDependsOnlyOnTheJdk(layersOf("domainleak"));

            assertViolations(rule, fixture("domainleak"),
                    List.of(JdbcLedger.class, FileExport.class, PathStore.class, UrlProbe.class,
                            DataSourceLedger.class, LoggingWallet.class, WalletCallingUseCase.class),
                    PureWallet.class);
        }

        @Test
        void acceptsADomainOfPlainJava() {
            assertPasses(ArchitectureRules.domainDependsOnlyOnTheJdk(layersOf("wellformed")), fixture("wellformed"));
        }
    }

    @Nested
    class ApplicationRule {

        @Test
        void rejectsLibrariesAndAdaptersInTheApplication() {
            ArchRule rule = ArchitectureRules.applicationDependsOnlyOnDomainAndTheJdk(layersOf("applicationleak"));

            assertViolations(rule, fixture("applicationleak"),
                    List.of(JdbiUseCase.class, JsonUseCase.class, AdapterCallingUseCase.class),
                    CleanUseCase.class);
        }

        @Test
        void acceptsUseCasesThatSeeOnlyPortsAndTheDomain() {
            assertPasses(ArchitectureRules.applicationDependsOnlyOnDomainAndTheJdk(layersOf("wellformed")),
                    fixture("wellformed"));
        }
    }

    @Nested
    class AdapterRule {

        @Test
        void rejectsAnAdapterImportingAnotherAdapter() {
            ArchRule rule = ArchitectureRules.adaptersDoNotDependOnEachOther(layersOf("adaptercoupling"));

            assertViolations(rule, fixture("adaptercoupling"),
                    List.of(SmtpMailer.class, QueueRoutes.class), HealthRoutes.class);
        }

        @Test
        void acceptsAdaptersThatMeetOnlyThroughPorts() {
            assertPasses(ArchitectureRules.adaptersDoNotDependOnEachOther(layersOf("wellformed")), fixture("wellformed"));
        }
    }

    @Nested
    class CompositionRootRule {

        @Test
        void rejectsInnerLayersReachingBootstrapOrCliAndBootstrapReachingCli() {
            ArchRule rule = ArchitectureRules.innerLayersDoNotDependOnBootstrapOrCli(layersOf("rootleak"));

            assertViolations(rule, fixture("rootleak"),
                    List.of(WalletReadingWiring.class, UseCaseCallingCli.class, TableReadingWiring.class,
                            WiringThatCallsCli.class),
                    MasCommand.class);
        }

        @Test
        void acceptsCliOnBootstrapOnEverythingElse() {
            assertPasses(ArchitectureRules.innerLayersDoNotDependOnBootstrapOrCli(layersOf("wellformed")),
                    fixture("wellformed"));
        }
    }

    @Nested
    class BoundedContextRule {

        @Test
        void rejectsReachingIntoAnotherContextsSubPackages() {
            ArchRule rule = contextRule("contexts.leaking");

            assertViolations(rule, fixture("contexts.leaking"),
                    List.of(SecretReader.class, PortBorrower.class), PoliteCaller.class);
        }

        @Test
        void acceptsRootPackageTypesOwnInternalsAndTheSharedKernel() {
            assertPasses(contextRule("contexts.wellformed"), fixture("contexts.wellformed"));
        }

        @Test
        void readsTheContextsFromThePackagesOfTheirClassesLeavingOutTheSharedKernel() {
            assertThat(contextsOf("contexts.wellformed").names()).containsExactlyInAnyOrder("contexta", "contextb");
        }

        private ArchRule contextRule(String root) {
            return ArchitectureRules.contextsMeetOnlyAtTheirRootPackages(contextsOf(root),
                    ArchitectureRules.inPackages(FIXTURE + "." + root + ".."));
        }

        private BoundedContexts contextsOf(String root) {
            String base = FIXTURE + "." + root;
            return BoundedContexts.derivedFrom(fixture(root), ArchitectureRules.inPackages(base + ".."), base, "shared");
        }
    }

    @Nested
    class RootPackageRule {
        private static final String ROOT = FIXTURE + ".rootleak.bootstrap";

        @Test
        void rejectsAClassTheRootPackageDoesNotName() {
            assertViolations(ArchitectureRules.packageHoldsOnly(ROOT, Set.of("Wiring")), fixture("rootleak.bootstrap"),
                    List.of(WiringThatCallsCli.class), Wiring.class);
        }

        @Test
        void acceptsTheNamedClasses() {
            assertPasses(ArchitectureRules.packageHoldsOnly(ROOT, Set.of("Wiring", "WiringThatCallsCli")),
                    fixture("rootleak.bootstrap"));
        }
    }

    @Nested
    class CycleRule {

        @Test
        void rejectsATwoPackageCycle() {
            ArchRule rule = ArchitectureRules.freeOfCycles(List.of(FIXTURE + ".cycles.cyclic.(*).."));

            assertThatThrownBy(() -> rule.check(fixture("cycles.cyclic")))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("Cycle detected")
                    .hasMessageContaining(Alpha.class.getName())
                    .hasMessageContaining(Beta.class.getName());
        }

        @Test
        void acceptsOneWayDependencies() {
            assertPasses(ArchitectureRules.freeOfCycles(List.of(FIXTURE + ".cycles.acyclic.(*)..")),
                    fixture("cycles.acyclic"));
        }
    }

    private static Layers layersOf(String root) {
        return Layers.underPackage(FIXTURE + "." + root);
    }

    private static JavaClasses fixture(String root) {
        return new ClassFileImporter().importPackages(FIXTURE + "." + root);
    }

    /**
     * The rule fails the build naming every offender, and each offender is reported as the origin
     * of a violation, while the bystander (which obeys the rule next to them) is not.
     */
    private static void assertViolations(ArchRule rule, JavaClasses classes, List<Class<?>> offenders, Class<?> bystander) {
        AbstractThrowableAssert<?, ? extends Throwable> failure =
                assertThatThrownBy(() -> rule.check(classes)).isInstanceOf(AssertionError.class);
        offenders.forEach(offender -> failure.hasMessageContaining(offender.getName()));

        List<String> details = rule.evaluate(classes).getFailureReport().getDetails();
        for (Class<?> offender : offenders) {
            assertThat(details).as("violations originating in %s", offender.getSimpleName())
                    .anyMatch(line -> originatesIn(line, offender));
        }
        assertThat(details).as("violations originating in %s, which obeys the rule", bystander.getSimpleName())
                .noneMatch(line -> originatesIn(line, bystander));
    }

    /** ArchUnit starts each violation with its origin: "Field <a.B.f> has type ...", "Class <a.B> ...". */
    private static boolean originatesIn(String violation, Class<?> type) {
        return violation.matches("(?s)\\S+ <" + Pattern.quote(type.getName()) + "[.>].*");
    }

    private static void assertPasses(ArchRule rule, JavaClasses classes) {
        assertThatCode(() -> rule.check(classes)).doesNotThrowAnyException();
    }
}
