package in.mrmentor.architecture;

import static in.mrmentor.architecture.ArchitectureRules.inPackages;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import in.mrmentor.identity.Role;
import in.mrmentor.persistence.Database;
import in.mrmentor.shared.port.Transactions;
import java.util.List;
import java.util.Set;

/** The real modules, bounded contexts and production classes of the MAS backend. */
final class MasArchitecture {

    static final String BASE_PACKAGE = "in.mrmentor";
    static final String SHARED_KERNEL = "shared";
    static final String BOOTSTRAP_PACKAGE = "in.mrmentor.bootstrap";
    /** The composition root's own package: the module interface and list, the server, the platform and its settings. */
    static final Set<String> BOOTSTRAP_ROOT = Set.of("ContextModule", "ContextModules", "MasServer", "Platform",
            "Settings", "SettingsReader", "package-info");
    /** Sub-packages of bootstrap that are not a context's module: the settings vocabulary and the database runtime. */
    static final Set<String> BOOTSTRAP_SHARED_ROOMS = Set.of("settings", "platform");

    static final ModuleLocation DOMAIN = ModuleLocation.of("domain", Role.class);
    static final ModuleLocation APPLICATION = ModuleLocation.of("application", Transactions.class);
    static final ModuleLocation PERSISTENCE = ModuleLocation.of("adapters-persistence", Database.class);
    static final ModuleLocation MESSAGING = ModuleLocation.ofPackageInfo("adapters-messaging", "in.mrmentor.messaging");
    static final ModuleLocation EXTERNAL = ModuleLocation.ofPackageInfo("adapters-external", "in.mrmentor.external");
    static final ModuleLocation HTTP = ModuleLocation.ofPackageInfo("adapters-http", "in.mrmentor.http");
    static final ModuleLocation BOOTSTRAP = ModuleLocation.ofPackageInfo("bootstrap", BOOTSTRAP_PACKAGE);

    /** cli is the module running these tests, so it is known by package. */
    static final Layers LAYERS = new Layers(
            DOMAIN.asPredicate(),
            APPLICATION.asPredicate(),
            PERSISTENCE.asPredicate(),
            MESSAGING.asPredicate(),
            EXTERNAL.asPredicate(),
            HTTP.asPredicate(),
            BOOTSTRAP.asPredicate(),
            inPackages("in.mrmentor.cli..").as("reside in module cli"));

    /** Top-level slices, then each outer module's own sub-packages. */
    static final List<String> CYCLE_FREE_SLICES = List.of(
            "in.mrmentor.(*)..",
            "in.mrmentor.persistence.(*)..",
            "in.mrmentor.messaging.(*)..",
            "in.mrmentor.external.(*)..",
            "in.mrmentor.http.(*)..",
            "in.mrmentor.bootstrap.(*)..",
            "in.mrmentor.cli.(*)..");

    private MasArchitecture() {
    }

    static JavaClasses productionClasses() {
        return Holder.CLASSES;
    }

    /** The bounded contexts of the domain and the application, read from their classes. */
    static BoundedContexts contexts() {
        return BoundedContexts.derivedFrom(productionClasses(), LAYERS.domain().or(LAYERS.application()),
                BASE_PACKAGE, SHARED_KERNEL);
    }

    /** Imported once per test JVM; importing the classpath is the slow part. */
    private static final class Holder {
        // DoNotIncludeTests knows test-classes directories but not Maven test-jars
        // (adapters-persistence's and bootstrap's are on cli's test classpath).
        private static final ImportOption NO_TEST_JARS = location -> !location.contains("-tests.jar");

        private static final JavaClasses CLASSES = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(NO_TEST_JARS)
                .importPackages(BASE_PACKAGE);
    }
}
