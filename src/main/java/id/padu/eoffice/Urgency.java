package id.padu.eoffice;

/** How fast a letter must be handled (sifat/derajat kecepatan): biasa, segera, sangat segera. */
public enum Urgency {
	BIASA, SEGERA, SANGAT_SEGERA;

	/** Message key of its label, e.g. {@code eoffice.urgency.SEGERA}. */
	public String messageKey() {
		return "eoffice.urgency." + name();
	}
}
