package dev.carve.runtime.events;

import java.util.Objects;
import java.util.function.Function;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.Parser;
import dev.carve.api.DomainEvent;

/**
 * An {@link EventCodec} that writes an event as its contract's Protobuf message.
 *
 * @param <E> the event type
 * @param <M> the message type
 */
public final class ProtobufEventCodec<E extends DomainEvent, M extends Message> implements EventCodec<E> {

	private final Class<E> eventType;

	private final Parser<M> parser;

	private final Function<E, M> toMessage;

	private final Function<M, E> fromMessage;

	private ProtobufEventCodec(Class<E> eventType, Parser<M> parser, Function<E, M> toMessage,
			Function<M, E> fromMessage) {
		this.eventType = Objects.requireNonNull(eventType, "eventType");
		this.parser = Objects.requireNonNull(parser, "parser");
		this.toMessage = Objects.requireNonNull(toMessage, "toMessage");
		this.fromMessage = Objects.requireNonNull(fromMessage, "fromMessage");
	}

	/**
	 * A codec for one event type.
	 * @param eventType the event record
	 * @param parser the message's parser, for example {@code OrderConfirmed.parser()}
	 * @param toMessage the event as a message
	 * @param fromMessage the message as an event; may throw
	 * {@link IllegalArgumentException} for a message that holds no valid event
	 * @return the codec
	 */
	public static <E extends DomainEvent, M extends Message> ProtobufEventCodec<E, M> of(Class<E> eventType,
			Parser<M> parser, Function<E, M> toMessage, Function<M, E> fromMessage) {
		return new ProtobufEventCodec<>(eventType, parser, toMessage, fromMessage);
	}

	@Override
	public Class<E> eventType() {
		return this.eventType;
	}

	@Override
	public byte[] encode(E event) {
		return this.toMessage.apply(event).toByteArray();
	}

	@Override
	public E decode(byte[] payload) {
		try {
			return this.fromMessage.apply(this.parser.parseFrom(payload));
		}
		catch (InvalidProtocolBufferException | RuntimeException ex) {
			throw new UndecodableEventException(
					"Not a valid " + this.eventType.getSimpleName() + ": " + ex.getMessage(), ex);
		}
	}

}
