package dev.carve.runtime.route;

import java.lang.reflect.Method;
import java.util.Optional;

import org.aopalliance.aop.Advice;
import dev.carve.runtime.module.ModuleDefinition;
import org.aopalliance.intercept.MethodInterceptor;
import org.jspecify.annotations.Nullable;

import org.springframework.aop.Pointcut;
import org.springframework.aop.support.AbstractPointcutAdvisor;
import org.springframework.aop.support.StaticMethodMatcherPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionAttribute;
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

	private static final AnnotationTransactionAttributeSource TRANSACTIONS = new AnnotationTransactionAttributeSource();

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
				return isWrite(TRANSACTIONS.getTransactionAttribute(method, targetClass));
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
			TransactionAttribute attribute = TRANSACTIONS.getTransactionAttribute(invocation.getMethod(), type);
			return (module.isPresent() && attribute != null) ? fence.write(module.get(), attribute, invocation::proceed)
					: invocation.proceed();
		};
	}

	private static boolean isWrite(@Nullable TransactionAttribute attribute) {
		return attribute != null && !attribute.isReadOnly()
				&& attribute.getPropagationBehavior() != TransactionDefinition.PROPAGATION_NOT_SUPPORTED
				&& attribute.getPropagationBehavior() != TransactionDefinition.PROPAGATION_NEVER;
	}

}
