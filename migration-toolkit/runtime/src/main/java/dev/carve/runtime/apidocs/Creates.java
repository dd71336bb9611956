package dev.carve.runtime.apidocs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler method that creates a resource: it answers {@code 201 Created} with a
 * {@code Location} header naming the new resource and the resource as its body (for
 * example through {@code ResponseEntity.created(location).body(resource)}). The published
 * API description says so: {@link ProblemResponsesCustomizer} turns the operation's
 * success response into a 201 with a required {@code Location} header.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Creates {

}
