package id.padu.classification;

/**
 * Security and access class of a letter or a record (klasifikasi keamanan dan hak akses): {@code BIASA} is open to
 * the staff of the pemda who work with it, {@code TERBATAS} to those it is addressed or disposed to and their
 * superiors, {@code RAHASIA} to those named on it only. Ordered from least to most restricted.
 */
public enum SecurityClass {
	BIASA, TERBATAS, RAHASIA;

	public boolean isAtLeast(SecurityClass other) {
		return compareTo(other) >= 0;
	}

	/** Message key of its label, e.g. {@code classification.security.RAHASIA}. */
	public String messageKey() {
		return "classification.security." + name();
	}
}
