package id.padu.registry;

/**
 * Why someone reads a resident's data ("Verifikasi permohonan KTP-el"). Every read names one; it is
 * logged and shown to the citizen.
 */
public record Purpose(String text) {

	public static final int MAX_LENGTH = 200;

	public Purpose {
		if (text == null || text.isBlank()) {
			throw new InvalidPurposeException("registry.purpose.required");
		}
		text = text.strip();
		if (text.length() > MAX_LENGTH) {
			throw new InvalidPurposeException("registry.purpose.tooLong");
		}
	}

	public static Purpose of(String text) {
		return new Purpose(text);
	}

	@Override
	public String toString() {
		return text;
	}
}
