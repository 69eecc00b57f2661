package id.padu.eoffice.internal;

import id.padu.classification.SecurityClass;
import id.padu.eoffice.LetterType;
import id.padu.eoffice.Urgency;
import id.padu.shared.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An outgoing letter (naskah dinas keluar) from its first draft to its signed, numbered and sent form. */
@Entity
@Table(name = "letter")
class Letter extends TenantScopedEntity {

	@Enumerated(EnumType.STRING)
	@Column(name = "letter_type")
	private LetterType type;
	private String classificationCode;
	@Enumerated(EnumType.STRING)
	private SecurityClass securityClass;
	@Enumerated(EnumType.STRING)
	private Urgency urgency;
	private String subject;
	private String bodyHtml;
	private String attachmentNote;
	private String drafterUsername;
	private String signerPositionCode;
	private String issuingUnitCode;
	@Enumerated(EnumType.STRING)
	private LetterStatus status;
	private int reviewRound;
	private int draftVersion;
	private String letterNumber;
	private Integer numberValue;
	private Integer numberYear;
	private LocalDate letterDate;
	private String signedByUsername;
	private Instant signedAt;
	private UUID issuedDocumentId;
	private Instant createdAt;
	private Instant updatedAt;

	protected Letter() {
	}

	Letter(LetterContent content, String drafterUsername, String signerPositionCode, String issuingUnitCode, Instant now) {
		apply(content);
		this.drafterUsername = drafterUsername;
		this.signerPositionCode = signerPositionCode;
		this.issuingUnitCode = issuingUnitCode;
		this.status = LetterStatus.DRAFT;
		this.draftVersion = 1;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void revise(LetterContent content, String newSignerPositionCode, String newIssuingUnitCode, Instant now) {
		apply(content);
		signerPositionCode = newSignerPositionCode;
		issuingUnitCode = newIssuingUnitCode;
		draftVersion++;
		updatedAt = now;
	}

	private void apply(LetterContent content) {
		this.type = content.type();
		this.classificationCode = content.classificationCode();
		this.securityClass = content.securityClass();
		this.urgency = content.urgency();
		this.subject = content.subject();
		this.bodyHtml = content.bodyHtml();
		this.attachmentNote = content.attachmentNote();
	}

	void submit(Instant now) {
		status = LetterStatus.IN_REVIEW;
		reviewRound++;
		updatedAt = now;
	}

	void moveTo(LetterStatus next, Instant now) {
		status = next;
		updatedAt = now;
	}

	void signed(String number, int value, LocalDate date, String signer, Instant at, UUID documentId) {
		letterNumber = number;
		numberValue = value;
		numberYear = date.getYear();
		letterDate = date;
		signedByUsername = signer;
		signedAt = at;
		issuedDocumentId = documentId;
		status = LetterStatus.SIGNED;
		updatedAt = at;
	}

	LetterType getType() { return type; }
	String getClassificationCode() { return classificationCode; }
	SecurityClass getSecurityClass() { return securityClass; }
	Urgency getUrgency() { return urgency; }
	String getSubject() { return subject; }
	String getBodyHtml() { return bodyHtml; }
	String getAttachmentNote() { return attachmentNote; }
	String getDrafterUsername() { return drafterUsername; }
	String getSignerPositionCode() { return signerPositionCode; }
	String getIssuingUnitCode() { return issuingUnitCode; }
	LetterStatus getStatus() { return status; }
	int getReviewRound() { return reviewRound; }
	int getDraftVersion() { return draftVersion; }
	String getLetterNumber() { return letterNumber; }
	LocalDate getLetterDate() { return letterDate; }
	String getSignedByUsername() { return signedByUsername; }
	Instant getSignedAt() { return signedAt; }
	UUID getIssuedDocumentId() { return issuedDocumentId; }
	Instant getCreatedAt() { return createdAt; }
	Instant getUpdatedAt() { return updatedAt; }
}
