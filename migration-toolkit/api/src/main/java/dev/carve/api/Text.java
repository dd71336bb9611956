package dev.carve.api;

/**
 * What free text from outside (a name, a search term) may contain: anything printable, no
 * control characters. A NUL byte in particular never reaches a module's database. Length
 * bounds stay with each field.
 */
public final class Text {

	/** The pattern of free text, for {@code @Pattern(regexp = Text.PATTERN)}. */
	public static final String PATTERN = "[^\\p{Cntrl}]*";

	/** The rule, as a validation message. */
	public static final String RULE = "must not contain control characters";

	private static final java.util.regex.Pattern COMPILED = java.util.regex.Pattern.compile(PATTERN);

	private Text() {
	}

	/**
	 * Whether a text is free of control characters.
	 * @param text the text
	 * @return whether it matches {@link #PATTERN}
	 */
	public static boolean isPlain(CharSequence text) {
		return COMPILED.matcher(text).matches();
	}

}
