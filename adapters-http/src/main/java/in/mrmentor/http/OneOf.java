package in.mrmentor.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents a text record component that holds the name of one of an enum's constants (a status written
 * with {@code status().name()}, a role read leniently by {@code Input.requiredEnum}): {@code /openapi.json}
 * describes it as that enum, so generated clients get the values. Documentation only.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER})
public @interface OneOf {
    Class<? extends Enum<?>> value();
}
