package in.mrmentor.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.PackageMatchers;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The dependency rules of ARCHITECTURE.md as ArchUnit rules. Every rule takes the layers (or
 * contexts, or slices) it talks about as parameters, so a test can prove it on fixtures that
 * break it before trusting its verdict on the real code.
 */
final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /** Rule 1: the domain is plain Java, without SQL, network or file I/O. */
    static ArchRule domainDependsOnlyOnTheJdk(Layers layers) {
        return classes().that(layers.domain())
                .should().onlyDependOnClassesThat(jdkWithoutIo().or(layers.domain()))
                .as("domain classes should depend only on the JDK (without SQL, network and file I/O) and on domain classes")
                .because("the domain is a plain jar anyone can embed; every outside concern is an adapter behind a port");
    }

    /** Rule 2: use cases and ports see the domain and the JDK, nothing of the outside world. */
    static ArchRule applicationDependsOnlyOnDomainAndTheJdk(Layers layers) {
        return classes().that(layers.application())
                .should().onlyDependOnClassesThat(inPackages("java..").or(layers.domain()).or(layers.application()))
                .as("application classes should depend only on the JDK, domain classes and application classes")
                .because("use cases reach libraries and servers only through their ports");
    }

    /** Rule 3a: persistence, messaging, external and http never import one another. */
    static ArchRule adaptersDoNotDependOnEachOther(Layers layers) {
        List<ArchRule> pairs = new ArrayList<>();
        for (DescribedPredicate<JavaClass> adapter : layers.adapters()) {
            List<DescribedPredicate<JavaClass>> others = new ArrayList<>(layers.adapters());
            others.remove(adapter);
            pairs.add(noClasses().that(adapter)
                    .should().dependOnClassesThat(DescribedPredicate.or(others))
                    // an adapter module may have no classes yet
                    .allowEmptyShould(true));
        }
        return CompositeArchRule.of(pairs)
                .as("no adapter module should depend on another adapter module")
                .because("adapters meet only through ports, wired in bootstrap");
    }

    /** Rule 3b: the composition root and the command line sit on top; nothing inside calls them. */
    static ArchRule innerLayersDoNotDependOnBootstrapOrCli(Layers layers) {
        List<DescribedPredicate<JavaClass>> inner = new ArrayList<>(layers.adapters());
        inner.add(layers.domain());
        inner.add(layers.application());
        ArchRule innerToOuter = noClasses().that(DescribedPredicate.or(inner))
                .should().dependOnClassesThat(layers.bootstrap().or(layers.cli()))
                .allowEmptyShould(true);
        ArchRule bootstrapToCli = noClasses().that(layers.bootstrap())
                .should().dependOnClassesThat(layers.cli())
                .allowEmptyShould(true);
        return CompositeArchRule.of(innerToOuter).and(bootstrapToCli)
                .as("domain, application and adapters should not depend on bootstrap or cli, nor bootstrap on cli")
                .because("bootstrap wires everything below it and cli drives bootstrap, never the other way round");
    }

    /**
     * Rule 4: a class of one bounded context uses another context only through the types of that
     * context's root package; the shared kernel is open to every context.
     */
    static ArchRule contextsMeetOnlyAtTheirRootPackages(BoundedContexts contexts, DescribedPredicate<JavaClass> contextLayers) {
        return classes().that(contextLayers)
                .should(useOtherContextsOnlyThroughTheirRootPackage(contexts))
                .as("bounded contexts should use each other only through their root packages")
                .because("cross-context work is a use case calling the other context's public types, not its internals")
                // contexts are filled in branch by branch
                .allowEmptyShould(true);
    }

    /** Rule 5: no cycles between the slices the pattern captures. */
    static ArchRule freeOfCycles(List<String> slicePatterns) {
        List<ArchRule> rules = new ArrayList<>();
        for (String pattern : slicePatterns) {
            rules.add(slices().matching(pattern).should().beFreeOfCycles()
                    // a module without sub-packages has no slices to compare
                    .allowEmptyShould(true));
        }
        return CompositeArchRule.of(rules)
                .as("slices " + String.join(", ", slicePatterns) + " should be free of cycles");
    }

    /**
     * Rule 6: a package holds only the named top-level classes (their nested types come with them).
     * Bootstrap's root holds the module interface, the server and the platform; a context's wiring
     * belongs in the context's own package.
     */
    static ArchRule packageHoldsOnly(String packageName, Set<String> topLevelNames) {
        return classes().that().resideInAPackage(packageName)
                .should(beOneOf(topLevelNames))
                .as("package " + packageName + " should hold only " + String.join(", ", new TreeSet<>(topLevelNames)))
                .because("each context's wiring lives in the sub-package named after it");
    }

    /** Package patterns in ArchUnit syntax, matching arrays by their element type. */
    static DescribedPredicate<JavaClass> inPackages(String... patterns) {
        PackageMatchers matchers = PackageMatchers.of(patterns);
        return DescribedPredicate.describe("reside in " + String.join(" or ", patterns),
                javaClass -> matchers.test(javaClass.getBaseComponentType().getPackageName()));
    }

    static DescribedPredicate<JavaClass> jdkWithoutIo() {
        DescribedPredicate<JavaClass> io = inPackages("java.sql..", "java.net..", "java.nio.file..").or(javaIoFiles());
        return inPackages("java..").and(not(io)).as("are JDK classes outside SQL, network and file I/O");
    }

    /** java.io streams in general are fine (e.g. Serializable); touching the file system is not. */
    private static DescribedPredicate<JavaClass> javaIoFiles() {
        return DescribedPredicate.describe("are java.io file classes", javaClass -> {
            JavaClass type = javaClass.getBaseComponentType();
            return type.getPackageName().equals("java.io")
                    && (type.getSimpleName().startsWith("File") || type.getSimpleName().equals("RandomAccessFile"));
        });
    }

    private static ArchCondition<JavaClass> beOneOf(Set<String> topLevelNames) {
        return new ArchCondition<>("be one of " + new TreeSet<>(topLevelNames)) {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                String topLevel = javaClass.getName().substring(javaClass.getPackageName().length() + 1).split("\\$", 2)[0];
                if (!topLevelNames.contains(topLevel)) {
                    events.add(SimpleConditionEvent.violated(javaClass,
                            "Class <" + javaClass.getName() + "> does not belong in " + javaClass.getPackageName()));
                }
            }
        };
    }

    private static ArchCondition<JavaClass> useOtherContextsOnlyThroughTheirRootPackage(BoundedContexts contexts) {
        return new ArchCondition<>("use other bounded contexts only through their root package") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                Optional<String> own = contexts.contextOf(origin);
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass();
                    Optional<String> other = contexts.contextOf(target);
                    boolean intoAnotherContext = other.isPresent()
                            && !other.equals(own)
                            && !other.get().equals(contexts.sharedKernel());
                    if (intoAnotherContext && !contexts.isInRootPackageOf(target, other.get())) {
                        events.add(SimpleConditionEvent.violated(dependency,
                                dependency.getDescription() + " (inside context " + other.get() + ")"));
                    }
                }
            }
        };
    }
}
