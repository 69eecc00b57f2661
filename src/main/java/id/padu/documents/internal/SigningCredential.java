package id.padu.documents.internal;

import id.padu.shared.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Base64;

/**
 * A certificate with its private key, kept as a PKCS#12 file that only its passphrase opens: the signer's own
 * signing passphrase, or for the demo CA the server secret. A replaced credential stays, inactive.
 */
@Entity
@Table(name = "signing_credential")
class SigningCredential extends TenantScopedEntity {

	enum Kind {
		CA, SIGNER
	}

	enum Source {
		DEMO, IMPORTED
	}

	@Enumerated(EnumType.STRING)
	private Kind kind;
	@Enumerated(EnumType.STRING)
	private Source source;
	private String username;
	private String subject;
	private String issuer;
	@Column(name = "serial_number")
	private String serialNumber;
	private String certificate;
	@Column(name = "key_store")
	private String keyStore;
	@Column(name = "valid_from")
	private Instant validFrom;
	@Column(name = "valid_until")
	private Instant validUntil;
	private boolean active;
	@Column(name = "created_at")
	private Instant createdAt;

	protected SigningCredential() {
	}

	SigningCredential(Kind kind, Source source, String username, CertificateFacts facts, byte[] pkcs12, Instant now) {
		this.kind = kind;
		this.source = source;
		this.username = username;
		this.subject = facts.subject();
		this.issuer = facts.issuer();
		this.serialNumber = facts.serialNumber();
		this.certificate = Base64.getEncoder().encodeToString(facts.encoded());
		this.keyStore = Base64.getEncoder().encodeToString(pkcs12);
		this.validFrom = facts.validFrom();
		this.validUntil = facts.validUntil();
		this.active = true;
		this.createdAt = now;
	}

	void retire() {
		active = false;
	}

	boolean isValidOn(Instant instant) {
		return !instant.isBefore(validFrom) && instant.isBefore(validUntil);
	}

	byte[] keyStore() {
		return Base64.getDecoder().decode(keyStore);
	}

	String certificateBase64() {
		return certificate;
	}

	Kind kind() {
		return kind;
	}

	Source source() {
		return source;
	}

	String username() {
		return username;
	}

	String subject() {
		return subject;
	}

	String issuer() {
		return issuer;
	}

	String serialNumber() {
		return serialNumber;
	}

	Instant validFrom() {
		return validFrom;
	}

	Instant validUntil() {
		return validUntil;
	}

	boolean isActive() {
		return active;
	}

	Instant createdAt() {
		return createdAt;
	}
}
