package in.mrmentor.architecture;

import static in.mrmentor.architecture.ArchitectureRules.inPackages;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import java.util.List;

/**
 * Which classes belong to which layer. The rules take this instead of fixed package names, so the
 * same rule object is checked against the real modules (told apart by where their classes were
 * loaded from) and against the fixtures (told apart by package).
 */
record Layers(
        DescribedPredicate<JavaClass> domain,
        DescribedPredicate<JavaClass> application,
        DescribedPredicate<JavaClass> persistence,
        DescribedPredicate<JavaClass> messaging,
        DescribedPredicate<JavaClass> external,
        DescribedPredicate<JavaClass> http,
        DescribedPredicate<JavaClass> bootstrap,
        DescribedPredicate<JavaClass> cli) {

    List<DescribedPredicate<JavaClass>> adapters() {
        return List.of(persistence, messaging, external, http);
    }

    List<DescribedPredicate<JavaClass>> all() {
        return List.of(domain, application, persistence, messaging, external, http, bootstrap, cli);
    }

    /** Fixture layout: each layer is a sub-package of {@code root} named after it. */
    static Layers underPackage(String root) {
        return new Layers(
                layerPackage(root, "domain"),
                layerPackage(root, "application"),
                layerPackage(root, "persistence"),
                layerPackage(root, "messaging"),
                layerPackage(root, "external"),
                layerPackage(root, "http"),
                layerPackage(root, "bootstrap"),
                layerPackage(root, "cli"));
    }

    private static DescribedPredicate<JavaClass> layerPackage(String root, String layer) {
        return inPackages(root + "." + layer + "..").as("reside in fixture layer " + layer);
    }
}
