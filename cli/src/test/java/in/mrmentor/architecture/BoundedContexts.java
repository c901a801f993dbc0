package in.mrmentor.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The bounded contexts under {@code basePackage}: {@code basePackage.<context>} is a context's root
 * package (its public face), anything below it is the context's own business.
 */
record BoundedContexts(String basePackage, Set<String> names, String sharedKernel) {

    BoundedContexts {
        names = Set.copyOf(names);
    }

    /**
     * The contexts as the code has them: every package directly under {@code basePackage} that holds a
     * class of {@code contextLayers}, except the shared kernel. A new context is picked up by its first class.
     */
    static BoundedContexts derivedFrom(JavaClasses classes, DescribedPredicate<JavaClass> contextLayers,
                                       String basePackage, String sharedKernel) {
        String prefix = basePackage + ".";
        Set<String> names = classes.stream()
                .filter(contextLayers)
                .map(javaClass -> javaClass.getBaseComponentType().getPackageName())
                .filter(packageName -> packageName.startsWith(prefix))
                .map(packageName -> packageName.substring(prefix.length()).split("\\.", 2)[0])
                .filter(name -> !name.equals(sharedKernel))
                .collect(Collectors.toSet());
        return new BoundedContexts(basePackage, names, sharedKernel);
    }

    /** The context whose room {@code packageName} is, directly under {@code parent} (e.g. a bootstrap module package). */
    static Optional<String> roomUnder(String parent, String packageName) {
        String prefix = parent + ".";
        return packageName.startsWith(prefix)
                ? Optional.of(packageName.substring(prefix.length()).split("\\.", 2)[0]) : Optional.empty();
    }

    /** The listed context (or the shared kernel) a class belongs to, by its package. */
    Optional<String> contextOf(JavaClass javaClass) {
        String packageName = javaClass.getBaseComponentType().getPackageName();
        String prefix = basePackage + ".";
        if (!packageName.startsWith(prefix)) {
            return Optional.empty();
        }
        String context = packageName.substring(prefix.length()).split("\\.", 2)[0];
        return names.contains(context) || context.equals(sharedKernel) ? Optional.of(context) : Optional.empty();
    }

    boolean isInRootPackageOf(JavaClass javaClass, String context) {
        return javaClass.getBaseComponentType().getPackageName().equals(basePackage + "." + context);
    }
}
