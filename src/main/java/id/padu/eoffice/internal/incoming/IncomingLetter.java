package id.padu.eoffice.internal.incoming;

import id.padu.classification.SecurityClass;
import id.padu.eoffice.Urgency;
import id.padu.shared.persistence.TenantScopedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A received letter as the secretariat registered it (surat masuk), for the head of the receiving OPD. It is
 * closed, once, when the last open branch of its disposition tree is closed.
 */
@Entity
@Table(name = "incoming_letter")
class IncomingLetter extends TenantScopedEntity {

	private String agendaNumber;
	private String recipientOpd;
	private String headPosition;
	private String senderName;
	private String senderAddress;
	private String letterNumber;
	private LocalDate letterDate;
	private LocalDate receivedDate;
	private String subject;
	private String summary;
	private String classificationCode;
	@Enumerated(EnumType.STRING)
	private Urgency urgency;
	@Enumerated(EnumType.STRING)
	private SecurityClass securityClass;
	private String scanSha256;
	private String scanName;
	private String registeredBy;
	private Instant registeredAt;
	private Instant closedAt;

	protected IncomingLetter() {
	}

	IncomingLetter(String agendaNumber, String recipientOpd, String headPosition, IncomingLetterData data,
			String registeredBy, Instant registeredAt) {
		this.agendaNumber = agendaNumber;
		this.recipientOpd = recipientOpd;
		this.headPosition = headPosition;
		this.senderName = data.senderName();
		this.senderAddress = data.senderAddress();
		this.letterNumber = data.letterNumber();
		this.letterDate = data.letterDate();
		this.receivedDate = data.receivedDate();
		this.subject = data.subject();
		this.summary = data.summary();
		this.classificationCode = data.classificationCode();
		this.urgency = data.urgency();
		this.securityClass = data.securityClass();
		this.registeredBy = registeredBy;
		this.registeredAt = registeredAt;
	}

	void attachScan(String sha256, String name) {
		this.scanSha256 = sha256;
		this.scanName = name;
	}

	void close(Instant at) {
		this.closedAt = at;
	}

	boolean isClosed() {
		return closedAt != null;
	}

	String agendaNumber() { return agendaNumber; }
	String recipientOpd() { return recipientOpd; }
	String headPosition() { return headPosition; }
	String senderName() { return senderName; }
	String senderAddress() { return senderAddress; }
	String letterNumber() { return letterNumber; }
	LocalDate letterDate() { return letterDate; }
	LocalDate receivedDate() { return receivedDate; }
	String subject() { return subject; }
	String summary() { return summary; }
	String classificationCode() { return classificationCode; }
	Urgency urgency() { return urgency; }
	SecurityClass securityClass() { return securityClass; }
	String scanSha256() { return scanSha256; }
	String scanName() { return scanName; }
	String registeredBy() { return registeredBy; }
	Instant registeredAt() { return registeredAt; }
	Instant closedAt() { return closedAt; }
}
