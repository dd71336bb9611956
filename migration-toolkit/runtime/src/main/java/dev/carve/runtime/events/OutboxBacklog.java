package dev.carve.runtime.events;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What waits in an outbox at one moment.
 *
 * @param depth how many events wait to be sent
 * @param oldestUnsent when the oldest of them was published, {@code null} when none waits
 * @param parked how many of them are parked
 */
record OutboxBacklog(long depth, @Nullable Instant oldestUnsent, long parked) {
}
