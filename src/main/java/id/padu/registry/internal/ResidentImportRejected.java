package id.padu.registry.internal;

import org.springframework.http.HttpStatus;

/**
 * The file as a whole cannot be imported (no body, wrong header, not UTF-8 at all, not CSV or XLSX):
 * nothing was written. Carries the HTTP status the API answers with and a message key.
 */
class ResidentImportRejected extends RuntimeException {

	private final HttpStatus status;
	private final String messageKey;
	private final transient Object[] arguments;

	ResidentImportRejected(HttpStatus status, String messageKey, Object... arguments) {
		super(messageKey);
		this.status = status;
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	HttpStatus status() {
		return status;
	}

	String messageKey() {
		return messageKey;
	}

	Object[] arguments() {
		return arguments.clone();
	}
}
