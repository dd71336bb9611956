/**
 * Events over Kafka: the relay publishes every outbox event to
 * {@code carve.<module>.<Event>}, and a process consumes the topics of the modules that
 * do not run in it, handing each record to the same listeners in-process delivery uses.
 */
@NullMarked
package dev.carve.runtime.events.kafka;

import org.jspecify.annotations.NullMarked;
