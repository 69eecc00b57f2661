package id.padu.documents.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The letterhead form: address line, contact line and the place written before the date of signing. Messages are
 * {@code NotBlank.letterheadForm.<field>} and {@code Size.letterheadForm.<field>} in the documents bundle.
 */
class LetterheadForm {

	@NotBlank
	@Size(max = 300)
	private String addressLine;

	@Size(max = 300)
	private String contactLine;

	@NotBlank
	@Size(max = 100)
	private String place;

	static LetterheadForm of(Letterhead letterhead) {
		LetterheadForm form = new LetterheadForm();
		form.addressLine = letterhead.addressLine();
		form.contactLine = letterhead.contactLine();
		form.place = letterhead.place();
		return form;
	}

	public String getAddressLine() {
		return addressLine;
	}

	public void setAddressLine(String addressLine) {
		this.addressLine = addressLine;
	}

	public String getContactLine() {
		return contactLine;
	}

	public void setContactLine(String contactLine) {
		this.contactLine = contactLine;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(String place) {
		this.place = place;
	}
}
