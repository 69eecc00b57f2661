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

	/** Where the officer came from: {@code search} when they opened a name-search result. */
	static final String FROM_SEARCH = "search";

	private String choice;
	private String other;
	private String from;

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

	public String getFrom() {
		return from;
	}

	public void setFrom(String from) {
		this.from = FROM_SEARCH.equals(from) ? from : null;
	}

	boolean fromSearch() {
		return FROM_SEARCH.equals(from);
	}

	boolean isSubmitted() {
		return choice != null || other != null;
	}
}
