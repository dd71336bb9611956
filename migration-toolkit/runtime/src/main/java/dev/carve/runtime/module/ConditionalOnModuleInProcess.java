package dev.carve.runtime.module;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;

/**
 * The module switch: matches when the named module runs in this process, that is when
 * {@code carve.modules.<module>.mode} is {@code in-process} or not set. Put it on a
 * module's one configuration class so that none of the module's beans exist when it runs
 * elsewhere.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
@Documented
@ConditionalOnModuleMode(module = "", mode = ModuleMode.IN_PROCESS)
public @interface ConditionalOnModuleInProcess {

	/** The module's name, such as {@code inventory}. */
	@AliasFor(annotation = ConditionalOnModuleMode.class, attribute = "module")
	String value();

}
