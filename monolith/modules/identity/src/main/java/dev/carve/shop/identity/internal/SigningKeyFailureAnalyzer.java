package dev.carve.shop.identity.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains a {@link SigningKeyException} at start-up, without a stack trace. */
class SigningKeyFailureAnalyzer extends AbstractFailureAnalyzer<SigningKeyException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SigningKeyException cause) {
		return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
	}

}
