package id.padu.shared;

/** Something asked for by id does not exist in the caller's tenant. Answered with 404. */
public class NotFoundException extends RuntimeException {

	private final String messageKey;

	public NotFoundException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return messageKey;
	}
}
