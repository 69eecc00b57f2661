package id.padu.documents.internal;

import id.padu.shared.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.time.Instant;

/** The pemda's address and contact lines for the letterhead, and the place named before the date of signing. */
@Entity
@Table(name = "letterhead")
class LetterheadRecord extends TenantScopedEntity {

	@Column(name = "address_line")
	private String addressLine;
	@Column(name = "contact_line")
	private String contactLine;
	private String place;
	@Column(name = "logo_sha256")
	private String logoSha256;
	@Column(name = "updated_at")
	private Instant updatedAt;

	protected LetterheadRecord() {
	}

	LetterheadRecord(String addressLine, String contactLine, String place, Instant now) {
		change(addressLine, contactLine, place, now);
	}

	void change(String addressLine, String contactLine, String place, Instant now) {
		this.addressLine = addressLine;
		this.contactLine = contactLine;
		this.place = place;
		this.updatedAt = now;
	}

	/** The emblem's file in the document store, or null to print the kop without one. */
	void logo(String sha256, Instant now) {
		this.logoSha256 = sha256;
		this.updatedAt = now;
	}

	String logoSha256() {
		return logoSha256;
	}

	String addressLine() {
		return addressLine;
	}

	String contactLine() {
		return contactLine;
	}

	String place() {
		return place;
	}

	Instant updatedAt() {
		return updatedAt;
	}
}
