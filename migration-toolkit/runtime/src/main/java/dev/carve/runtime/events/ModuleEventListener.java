package dev.carve.runtime.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of a module's bean as a listener for one event type: the method's single
 * parameter, a {@link dev.carve.api.DomainEvent}. The method runs in its own transaction,
 * at least once per event; the runtime records each event in the listening module's inbox
 * in that transaction, so a repeated delivery has no second effect. A method that throws
 * is retried later with backoff.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Documented
public @interface ModuleEventListener {

}
