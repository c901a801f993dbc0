package in.mrmentor.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.Source;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;

/**
 * Where one Maven module's production classes were loaded from: its jar, or its
 * {@code target/classes} directory when the reactor has not packaged it yet.
 *
 * <p>{@code domain} and {@code application} share context packages ({@code in.mrmentor.config}
 * lives in both jars), so a class's layer cannot be told from its package; it is told from the
 * place its class file came from.
 */
final class ModuleLocation {

    private final String module;
    private final Path root;

    private ModuleLocation(String module, Path root) {
        this.module = module;
        this.root = root;
    }

    /** The module that {@code anchor} was loaded from. */
    static ModuleLocation of(String module, Class<?> anchor) {
        CodeSource codeSource = anchor.getProtectionDomain().getCodeSource();
        if (codeSource == null || codeSource.getLocation() == null) {
            throw new IllegalStateException("No code source for " + anchor.getName() + " of module " + module);
        }
        try {
            return new ModuleLocation(module, normalised(Path.of(codeSource.getLocation().toURI())));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Unreadable location of module " + module, e);
        }
    }

    /**
     * For a module without classes yet: its anchor is the {@code package-info} of its root package
     * (compiled because the build passes {@code -Xpkginfo:always}).
     */
    static ModuleLocation ofPackageInfo(String module, String rootPackage) {
        String anchor = rootPackage + ".package-info";
        try {
            return of(module, Class.forName(anchor, false, ModuleLocation.class.getClassLoader()));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("Module " + module + " has no " + anchor + " on the test classpath", e);
        }
    }

    /** Arrays count as their element type, so {@code Role[]} (from {@code Role.values()}) is in domain. */
    boolean holds(JavaClass javaClass) {
        return javaClass.getBaseComponentType().getSource()
                .map(Source::getUri)
                .flatMap(ModuleLocation::containerOf)
                .map(container -> container.startsWith(root))
                .orElse(false);
    }

    DescribedPredicate<JavaClass> asPredicate() {
        return DescribedPredicate.describe("reside in module " + module, this::holds);
    }

    /**
     * The jar ({@code jar:file:/...x.jar!/a/B.class}) or the class file itself
     * ({@code file:/.../classes/a/B.class}); a class file lies in a directory module when its path
     * starts with the module's directory, and in a jar module when the jar is the module's jar.
     */
    private static Optional<Path> containerOf(URI classFile) {
        if ("jar".equals(classFile.getScheme())) {
            String inner = classFile.getRawSchemeSpecificPart();
            int separator = inner.indexOf("!/");
            return separator < 0 ? Optional.empty() : Optional.of(normalised(Path.of(URI.create(inner.substring(0, separator)))));
        }
        if ("file".equals(classFile.getScheme())) {
            return Optional.of(normalised(Path.of(classFile)));
        }
        return Optional.empty();
    }

    private static Path normalised(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
