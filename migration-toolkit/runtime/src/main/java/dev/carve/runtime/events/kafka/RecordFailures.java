package dev.carve.runtime.events.kafka;

import java.nio.charset.StandardCharsets;

import dev.carve.runtime.events.UndecodableEventException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;

import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RetryListener;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

/**
 * What happens to a record whose handling fails: retried with exponential backoff up to
 * {@code carve.events.kafka.consumer.max-attempts}, then set aside on {@code <topic>.dlt}
 * with the reason in {@link EventRecordHeaders#DEAD_LETTER_REASON}; a record that cannot
 * be decoded is set aside at once. The first failure of each record is logged with its
 * exception and event id (its retries are not logged again), and a record set aside is
 * logged as a warning with the reason.
 */
final class RecordFailures implements RetryListener {

	private static final Log logger = LogFactory.getLog(RecordFailures.class);

	private final int maxAttempts;

	private RecordFailures(int maxAttempts) {
		this.maxAttempts = maxAttempts;
	}

	static DefaultErrorHandler errorHandler(KafkaTemplate<String, byte[]> template,
			KafkaEventsProperties.Consumer consumer) {
		DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(template,
				(record, failure) -> new TopicPartition(record.topic() + ".dlt", -1));
		deadLetters.addHeadersFunction((record, failure) -> new RecordHeaders()
			.add(EventRecordHeaders.DEAD_LETTER_REASON, reason(failure).getBytes(StandardCharsets.UTF_8)));
		int maxAttempts = Math.max(1, consumer.maxAttempts());
		ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(maxAttempts - 1);
		backOff.setInitialInterval(consumer.initialBackoff().toMillis());
		backOff.setMultiplier(2);
		backOff.setMaxInterval(consumer.maxBackoff().toMillis());
		DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters, backOff);
		handler.addNotRetryableExceptions(UndecodableEventException.class);
		handler.setRetryListeners(new RecordFailures(maxAttempts));
		return handler;
	}

	@Override
	public void failedDelivery(ConsumerRecord<?, ?> record, Exception ex, int deliveryAttempt) {
		if (deliveryAttempt == 1 && !(innermost(ex) instanceof UndecodableEventException)) {
			logger.warn(describe(record) + " failed; " + (this.maxAttempts - 1) + " more attempts before it goes to "
					+ record.topic() + ".dlt: " + reason(ex), innermost(ex));
		}
	}

	@Override
	public void recovered(ConsumerRecord<?, ?> record, Exception ex) {
		logger.warn(describe(record) + " set aside on " + record.topic() + ".dlt: " + reason(ex));
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
