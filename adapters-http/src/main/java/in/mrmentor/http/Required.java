package in.mrmentor.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents a record component as {@code required} in {@code /openapi.json}: on a request body, the route
 * refuses the body without it (400 {@code VALIDATION_FAILED} naming the field); on a reply, it is never
 * null. Primitive components are required without it. Documentation only: the use case still validates.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER})
public @interface Required {
}
