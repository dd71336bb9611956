package dev.carve.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives a Spring test context a real PostgreSQL database of its own: a new database on
 * the test JVM's shared server, set as {@code spring.datasource.*}. Test classes with the
 * same configuration share one context and so one database.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Documented
@Inherited
public @interface WithPostgres {

}
