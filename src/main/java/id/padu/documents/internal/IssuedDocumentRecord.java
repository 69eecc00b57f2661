package id.padu.documents.internal;

import id.padu.documents.IssuedDocument;
import id.padu.documents.IssuedDocument.Status;
import id.padu.shared.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A signed document as registered for verification. Everything but the revocation is fixed at signing:
 * the signer's name, NIP and position are copied as they were printed in the signed PDF.
 */
@Entity
@Table(name = "issued_document")
class IssuedDocumentRecord extends TenantScopedEntity {

	@Column(name = "verification_code")
	private String verificationCode;
	@Column(name = "document_type")
	private String documentType;
	@Column(name = "document_number")
	private String documentNumber;
	private String title;
	private String sha256;
	@Column(name = "size_bytes")
	private long size;
	@Column(name = "signer_username")
	private String signerUsername;
	@Column(name = "signer_name")
	private String signerName;
	@Column(name = "signer_nip")
	private String signerNip;
	@Column(name = "signer_position")
	private String signerPosition;
	@Column(name = "signer_certificate")
	private String signerCertificate;
	@Column(name = "signed_at")
	private Instant signedAt;
	@Enumerated(EnumType.STRING)
	private Status status;
	@Column(name = "revoked_at")
	private Instant revokedAt;
	@Column(name = "revoked_by")
	private String revokedBy;
	@Column(name = "revocation_reason")
	private String revocationReason;
	@Column(name = "source_module")
	private String sourceModule;
	@Column(name = "source_reference")
	private String sourceReference;
	@Column(name = "holder_name")
	private String holderName;

	protected IssuedDocumentRecord() {
	}

	IssuedDocumentRecord(String verificationCode, DocumentText text, SignerProfile signer, String signerCertificate,
			String sha256, long size, Instant signedAt, String sourceModule, String sourceReference) {
		this.verificationCode = verificationCode;
		this.documentType = text.documentType();
		this.documentNumber = text.documentNumber();
		this.title = text.title();
		this.sha256 = sha256;
		this.size = size;
		this.signerUsername = signer.username();
		this.signerName = signer.name();
		this.signerNip = signer.nip();
		this.signerPosition = signer.position();
		this.signerCertificate = signerCertificate;
		this.signedAt = signedAt;
		this.status = Status.VALID;
		this.sourceModule = sourceModule;
		this.sourceReference = sourceReference;
	}

	/** Only for documents whose public verification names the holder (a patient's card). */
	IssuedDocumentRecord withHolder(String holderName) {
		this.holderName = holderName == null || holderName.isBlank() ? null : holderName.strip();
		return this;
	}

	/** Revocation is final; the policy on who may revoke is the caller's. */
	void revoke(String reason, String by, Instant at) {
		this.status = Status.REVOKED;
		this.revocationReason = reason;
		this.revokedBy = by;
		this.revokedAt = at;
	}

	IssuedDocument toIssuedDocument() {
		return new IssuedDocument(getId(), verificationCode, documentType, documentNumber, sha256, signerName,
				signerPosition, signedAt, status);
	}

	boolean isRevoked() {
		return status == Status.REVOKED;
	}

	String sha256() {
		return sha256;
	}

	String signerUsername() {
		return signerUsername;
	}

	String title() {
		return title;
	}

	DocumentText text() {
		return new DocumentText(documentType, documentNumber, title);
	}

	String documentNumber() {
		return documentNumber;
	}

	Instant revokedAt() {
		return revokedAt;
	}

	String revocationReason() {
		return revocationReason;
	}

	String revokedBy() {
		return revokedBy;
	}

	String sourceModule() {
		return sourceModule;
	}

	String sourceReference() {
		return sourceReference;
	}
}
