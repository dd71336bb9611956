package dev.carve.api;

import java.util.Map;

/** What a request names does not exist. */
public class NotFoundException extends DomainException {

	public NotFoundException(String code, String message, Map<String, Object> properties) {
		super(ErrorKind.NOT_FOUND, code, message, properties);
	}

}
