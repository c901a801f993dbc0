package in.mrmentor.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import java.util.Optional;
import java.util.Set;

/**
 * The bounded contexts under {@code basePackage}: {@code basePackage.<context>} is a context's root
 * package (its public face), anything below it is the context's own business.
 */
record BoundedContexts(String basePackage, Set<String> names, String sharedKernel) {

    BoundedContexts {
        names = Set.copyOf(names);
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
