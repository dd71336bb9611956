package dev.carve.runtime.events;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.concurrent.TimeoutException;

import dev.carve.api.DomainException;
import dev.carve.runtime.gateway.GatewayUnavailableException;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Why handling an event failed, decided from the exception and its causes, so that every
 * consumer of events treats failures alike: an infrastructure failure is waited out, a
 * deterministic one is set aside.
 */
public enum EventFailures {

	/**
	 * Something the handling needs is out of reach for now: the database (no connection,
	 * connection lost, failover, a transient data access error), a module that runs
	 * elsewhere ({@link GatewayUnavailableException}), a transport, or a timeout.
	 * Retrying later is expected to succeed, so such a failure is retried without limit.
	 */
	TRANSIENT,

	/**
	 * Retrying cannot help: the event cannot be decoded
	 * ({@link UndecodableEventException}) or a business rule refuses it
	 * ({@link DomainException}, such as an unknown order or payment). Such an event is
	 * set aside at once.
	 */
	POISON,

	/**
	 * Anything else (a bug, an unexpected state): retried a bounded number of times, then
	 * set aside.
	 */
	UNKNOWN;

	/** How deep a chain of causes is searched; guards against cycles. */
	private static final int MAX_DEPTH = 32;

	/**
	 * Classifies a failure by the first of its causes (itself included) that decides.
	 * @param failure what handling the event threw
	 * @return the kind of failure
	 */
	public static EventFailures of(Throwable failure) {
		Throwable cause = failure;
		for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++, cause = cause.getCause()) {
			if (isTransient(cause)) {
				return TRANSIENT;
			}
			if (cause instanceof UndecodableEventException || cause instanceof DomainException) {
				return POISON;
			}
		}
		return UNKNOWN;
	}

	private static boolean isTransient(Throwable cause) {
		return cause instanceof TransientDataAccessException || cause instanceof DataAccessResourceFailureException
				|| cause instanceof RecoverableDataAccessException || cause instanceof CannotCreateTransactionException
				|| cause instanceof GatewayUnavailableException || cause instanceof TransportUnavailableException
				|| cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
				|| cause instanceof TimeoutException || cause instanceof java.net.SocketTimeoutException
				|| cause instanceof java.net.ConnectException
				|| (cause instanceof SQLException sql && isConnectionState(sql.getSQLState()));
	}

	/**
	 * SQL states of a connection that failed or a server that is shutting down or out of
	 * resources (classes 08, 53 and 57P).
	 */
	private static boolean isConnectionState(@Nullable String state) {
		return state != null && (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P"));
	}

}
