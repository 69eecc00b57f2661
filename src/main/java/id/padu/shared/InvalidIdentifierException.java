package id.padu.shared;

/**
 * An identifier (NIK, Nomor KK, NIP, kode wilayah) that breaks one of its rules. {@link #messageKey()}
 * names the failing part so that users read, in their language, exactly what is wrong.
 */
public class InvalidIdentifierException extends IllegalArgumentException {

	private final String messageKey;
	private final transient Object[] arguments;

	public InvalidIdentifierException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}
}
