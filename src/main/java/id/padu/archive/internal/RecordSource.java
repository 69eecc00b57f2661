package id.padu.archive.internal;

/**
 * The other module's object a record was filed from: {@code eoffice-letter} + letter id,
 * {@code eoffice-incoming} + incoming letter id, {@code services} + application id, {@code bagit} + bag id.
 */
public record RecordSource(String module, String reference) {

	public static final String OUTGOING_LETTER = "eoffice-letter";
	public static final String INCOMING_LETTER = "eoffice-incoming";
	public static final String SERVICE_APPLICATION = "services";

	public RecordSource {
		if (module == null || module.isBlank() || reference == null || reference.isBlank()) {
			throw new IllegalArgumentException("a source needs a module and a reference");
		}
	}
}
