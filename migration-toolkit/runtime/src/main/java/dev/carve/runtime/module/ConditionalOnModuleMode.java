package dev.carve.runtime.module;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Conditional;

/**
 * Matches when {@code carve.modules.<module>.mode} equals {@link #mode()}. A missing
 * property means {@link ModuleMode#IN_PROCESS}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
@Documented
@Conditional(OnModuleModeCondition.class)
public @interface ConditionalOnModuleMode {

	/** The module's name, such as {@code inventory}. */
	String module();

	/** The mode that makes the condition match. */
	ModuleMode mode();

}
