package dev.carve.runtime.route;

import java.lang.reflect.Method;
import java.util.Optional;

import org.aopalliance.aop.Advice;
import dev.carve.runtime.module.ModuleDefinition;
import org.aopalliance.intercept.MethodInterceptor;
import org.jspecify.annotations.Nullable;

import org.springframework.aop.Pointcut;
import org.springframework.aop.support.AbstractPointcutAdvisor;
import org.springframework.aop.support.AopUtils;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.ClassUtils;

/**
 * Puts every write transaction of a module that runs in this process behind its
 * {@link ModuleFence}: each method declared {@code @Transactional} (not read-only) on a
 * class in a module's package or below it ({@link ModuleDefinition#contains}). Business
 * code stays as it is. It runs outside the transaction advice, so the write joins the
 * transaction that holds the route lock. Transactional methods of other classes pass
 * straight through.
 */
final class ModuleWriteAdvisor extends AbstractPointcutAdvisor {

	private final transient ObjectProvider<ModuleFence> fence;

	/**
	 * @param fence the fence, looked up on the first write
	 */
	ModuleWriteAdvisor(ObjectProvider<ModuleFence> fence) {
		this.fence = fence;
		setOrder(Ordered.LOWEST_PRECEDENCE - 100);
	}

	@Override
	public Pointcut getPointcut() {
		return new StaticMethodMatcherPointcut() {

			@Override
			public boolean matches(Method method, Class<?> targetClass) {
				return isWrite(AopUtils.getMostSpecificMethod(method, targetClass), targetClass);
			}

		};
	}

	@Override
	public Advice getAdvice() {
		return (MethodInterceptor) (invocation) -> {
			Object target = invocation.getThis();
			Class<?> type = (target != null) ? ClassUtils.getUserClass(target)
					: invocation.getMethod().getDeclaringClass();
			ModuleFence fence = this.fence.getObject();
			Optional<String> module = fence.moduleOf(type);
			return module.isPresent() ? fence.write(module.get(), invocation::proceed) : invocation.proceed();
		};
	}

	private static boolean isWrite(Method method, Class<?> targetClass) {
		@Nullable Transactional transactional = AnnotatedElementUtils.findMergedAnnotation(method, Transactional.class);
		if (transactional == null) {
			transactional = AnnotatedElementUtils.findMergedAnnotation(targetClass, Transactional.class);
		}
		return transactional != null && !transactional.readOnly()
				&& transactional.propagation() != Propagation.NOT_SUPPORTED
				&& transactional.propagation() != Propagation.NEVER;
	}

}
