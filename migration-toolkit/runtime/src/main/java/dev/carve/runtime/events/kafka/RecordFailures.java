package dev.carve.runtime.events.kafka;

import java.nio.charset.StandardCharsets;

import dev.carve.runtime.events.EventFailures;
import dev.carve.runtime.gateway.ModuleDormantException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jspecify.annotations.Nullable;

import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.BackOffHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RetryListener;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * What happens to a record whose handling fails, by {@link EventFailures kind}:
 * <ul>
 * <li>{@code TRANSIENT} (database or a remote module out of reach, a timeout): retried
 * without limit, the wait doubling up to {@code carve.events.kafka.consumer.max-backoff};
 * the record's partition is paused meanwhile and nothing behind the record is
 * skipped;</li>
 * <li>{@code POISON} (undecodable, or refused by a business rule): set aside on
 * {@code <topic>.dlt} at once, so the records behind it flow on;</li>
 * <li>anything else: retried up to {@code carve.events.kafka.consumer.max-attempts}, then
 * set aside.</li>
 * </ul>
 * A record set aside carries the reason in {@link EventRecordHeaders#DEAD_LETTER_REASON},
 * is counted in {@code carve.events.dead.letters} (tagged with its topic) and logged as a
 * warning with its exception. The first failure of a retried record is logged (its
 * retries are not logged again), at debug level when it waits for a dormant module.
 */
final class RecordFailures implements RetryListener {

	private static final Log logger = LogFactory.getLog(RecordFailures.class);

	private final int maxAttempts;

	private final MeterRegistry meters;

	private RecordFailures(int maxAttempts, MeterRegistry meters) {
		this.maxAttempts = maxAttempts;
		this.meters = meters;
	}

	static DefaultErrorHandler errorHandler(KafkaTemplate<String, byte[]> template,
			KafkaEventsProperties.Consumer consumer, BackOffHandler backOffs, MeterRegistry meters) {
		int maxAttempts = Math.max(1, consumer.maxAttempts());
		DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters(template), bounded(consumer, maxAttempts),
				backOffs);
		handler.setBackOffFunction((record, failure) -> backOff(failure, consumer));
		handler.setResetStateOnExceptionChange(true);
		handler.setRetryListeners(new RecordFailures(maxAttempts, meters));
		return handler;
	}

	private static DeadLetterPublishingRecoverer deadLetters(KafkaTemplate<String, byte[]> template) {
		DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(template,
				(record, failure) -> new TopicPartition(record.topic() + ".dlt", -1));
		deadLetters.addHeadersFunction((record, failure) -> new RecordHeaders()
			.add(EventRecordHeaders.DEAD_LETTER_REASON, reason(failure).getBytes(StandardCharsets.UTF_8)));
		return deadLetters;
	}

	private static BackOff bounded(KafkaEventsProperties.Consumer consumer, int maxAttempts) {
		ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(maxAttempts - 1);
		backOff.setInitialInterval(consumer.initialBackoff().toMillis());
		backOff.setMultiplier(2);
		backOff.setMaxInterval(consumer.maxBackoff().toMillis());
		return backOff;
	}

	/** The back-off of one failure; {@code null} takes the bounded default. */
	private static @Nullable BackOff backOff(Exception failure, KafkaEventsProperties.Consumer consumer) {
		return switch (EventFailures.of(failure)) {
			case TRANSIENT -> {
				ExponentialBackOff unlimited = new ExponentialBackOff(consumer.initialBackoff().toMillis(), 2);
				unlimited.setMaxInterval(consumer.maxBackoff().toMillis());
				yield unlimited;
			}
			case POISON -> new FixedBackOff(0, 0);
			case UNKNOWN -> null;
		};
	}

	@Override
	public void failedDelivery(ConsumerRecord<?, ?> record, Exception ex, int deliveryAttempt) {
		if (deliveryAttempt != 1) {
			return;
		}
		if (innermost(ex) instanceof ModuleDormantException dormant) {
			// Routine while a module is dormant here: the event waits for the process
			// that
			// serves the module to apply it, or for the module to serve here.
			logger.debug(describe(record) + " waits: " + dormant.getMessage());
			return;
		}
		switch (EventFailures.of(ex)) {
			case TRANSIENT -> logger.warn(describe(record) + " failed; its partition waits and it is retried until"
					+ " it succeeds: " + reason(ex));
			case UNKNOWN -> logger.warn(describe(record) + " failed; " + (this.maxAttempts - 1)
					+ " more attempts before it goes to " + record.topic() + ".dlt: " + reason(ex), innermost(ex));
			case POISON -> {
				// Set aside at once and logged then.
			}
		}
	}

	@Override
	public void recovered(ConsumerRecord<?, ?> record, Exception ex) {
		Counter.builder("carve.events.dead.letters")
			.tag("topic", record.topic())
			.description("Records set aside on their topic's dead-letter topic")
			.register(this.meters)
			.increment();
		logger.warn(describe(record) + " set aside on " + record.topic() + ".dlt: " + reason(ex), innermost(ex));
	}

	@Override
	public void recoveryFailed(ConsumerRecord<?, ?> record, Exception original, Exception failure) {
		logger.error(describe(record) + " could not be set aside on " + record.topic() + ".dlt and will be retried: "
				+ reason(failure), failure);
	}

	/** The innermost exception's class and message, past Spring Kafka's wrappers. */
	static String reason(Throwable failure) {
		Throwable reason = innermost(failure);
		return reason.getClass().getName() + ": " + reason.getMessage();
	}

	private static Throwable innermost(Throwable failure) {
		Throwable reason = failure;
		while (reason instanceof KafkaException && reason.getCause() != null) {
			reason = reason.getCause();
		}
		return reason;
	}

	private static String describe(ConsumerRecord<?, ?> record) {
		return "Event " + header(record, EventRecordHeaders.EVENT_ID) + " ("
				+ header(record, EventRecordHeaders.EVENT_TYPE) + ") at " + record.topic() + "-" + record.partition()
				+ "@" + record.offset();
	}

	private static String header(ConsumerRecord<?, ?> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : "without " + name;
	}

}
