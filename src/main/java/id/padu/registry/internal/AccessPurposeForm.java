package id.padu.registry.internal;

import java.util.List;

/**
 * "Tujuan akses": one of the common purposes or, with {@code lainnya}, the staff member's own words.
 * Carried along in links to family members, so one task needs one purpose.
 */
public class AccessPurposeForm {

	static final String OTHER = "lainnya";
	static final List<String> CHOICES = List.of("pelayanan", "verifikasi", "pengaduan", "pemutakhiran", "pemeriksaan",
			OTHER);

	private String choice;
	private String other;

	public String getChoice() {
		return choice;
	}

	public void setChoice(String choice) {
		this.choice = choice;
	}

	public String getOther() {
		return other;
	}

	public void setOther(String other) {
		this.other = other == null ? null : other.strip();
	}

	boolean isSubmitted() {
		return choice != null || other != null;
	}
}
