package dev.carve.cli;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** What {@code carve events replay} reports, for a person and for a machine. */
final class ReplayReport {

	private ReplayReport() {
	}

	/**
	 * A record replayed, or with {@code --dry-run} one that would be.
	 *
	 * @param topic the original topic it goes to
	 * @param deadLetterPartition its partition in the dead-letter topic
	 * @param deadLetterOffset its offset there
	 * @param key its key, {@code null} when it has none
	 * @param eventType the event's type, {@code null} when the record does not say
	 * @param eventId the event's id, {@code null} when the record does not say
	 * @param reason why it was set aside, {@code null} when the record does not say
	 */
	record Line(String topic, int deadLetterPartition, long deadLetterOffset, @Nullable String key,
			@Nullable String eventType, @Nullable String eventId, @Nullable String reason) {

		static Line of(DeadLetter letter) {
			return new Line(letter.originalTopic(), letter.partition(), letter.offset(), letter.keyText(),
					letter.header(DeadLetter.EVENT_TYPE), letter.header(DeadLetter.EVENT_ID),
					letter.header(DeadLetter.REASON));
		}

		String text(boolean dryRun) {
			return (dryRun ? "would replay " : "replayed ") + this.topic + " from partition " + this.deadLetterPartition
					+ " offset " + this.deadLetterOffset + ": key " + or(this.key) + ", " + or(this.eventType) + " "
					+ or(this.eventId) + ", set aside for " + or(this.reason);
		}

		private static String or(@Nullable String value) {
			return (value != null) ? value : "(none)";
		}

	}

	/**
	 * The end of a replay.
	 *
	 * @param replayed the records written back, 0 with {@code --dry-run}
	 * @param matched the records that match the filters
	 * @param deadLettered the records the dead-letter topic holds
	 * @param dryRun whether nothing was written
	 * @param topics the topics they went to, or would go to
	 */
	record Summary(int replayed, int matched, int deadLettered, boolean dryRun, List<String> topics) {

		String text() {
			String to = " dead-lettered records to " + String.join(", ", this.topics);
			return this.dryRun
					? "would replay " + this.matched + " of " + this.deadLettered + to + " (--dry-run wrote nothing)"
					: "replayed " + this.replayed + " of " + this.deadLettered + to;
		}

	}

}
