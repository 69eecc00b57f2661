package id.padu.registry;

/** A read without a purpose, or with one too long to log. Answered with 400 by the API. */
public class InvalidPurposeException extends IllegalArgumentException {

	private final String messageKey;

	public InvalidPurposeException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}
