package dev.carve.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a gateway method whose contract allows repeating it after an unknown outcome (a
 * timeout): calling it twice has the effect of calling it once. Remote gateways retry
 * only methods marked so, within the call's deadline; every other method is attempted
 * once. The method's Javadoc says why it is idempotent (a key, a state that does not
 * change twice).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Idempotent {

}
