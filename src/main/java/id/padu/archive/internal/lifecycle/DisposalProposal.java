package id.padu.archive.internal.lifecycle;

import id.padu.shared.persistence.TenantScopedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * An archivist's proposal (usul pindah, serah or musnah) over due berkas of one OPD, and the head's decision on it.
 * Once decided it never changes again.
 */
@Entity
@Table(name = "disposal_proposal")
public class DisposalProposal extends TenantScopedEntity {

	private String proposalNumber;
	@Enumerated(EnumType.STRING)
	private ProposalKind kind;
	@Enumerated(EnumType.STRING)
	private ProposalStatus status;
	private String opdCode;
	private String reason;
	private String proposedBy;
	private Instant proposedAt;
	private String decidedBy;
	private Instant decidedAt;
	private String decisionReason;
	private UUID issuedDocumentId;
	private String beritaAcaraNumber;

	protected DisposalProposal() {
	}

	DisposalProposal(String proposalNumber, ProposalKind kind, String opdCode, String reason, String proposedBy,
			Instant proposedAt) {
		this.proposalNumber = proposalNumber;
		this.kind = kind;
		this.status = ProposalStatus.PROPOSED;
		this.opdCode = opdCode;
		this.reason = reason;
		this.proposedBy = proposedBy;
		this.proposedAt = proposedAt;
	}

	void approve(String head, Instant at, UUID beritaAcara, String number) {
		requireOpen();
		this.status = ProposalStatus.APPROVED;
		this.decidedBy = head;
		this.decidedAt = at;
		this.issuedDocumentId = beritaAcara;
		this.beritaAcaraNumber = number;
	}

	void reject(String head, Instant at, String why) {
		requireOpen();
		this.status = ProposalStatus.REJECTED;
		this.decidedBy = head;
		this.decidedAt = at;
		this.decisionReason = why;
	}

	private void requireOpen() {
		if (status != ProposalStatus.PROPOSED) {
			throw new IllegalStateException("proposal " + proposalNumber + " is decided already");
		}
	}

	public boolean isOpen() {
		return status == ProposalStatus.PROPOSED;
	}

	public String proposalNumber() {
		return proposalNumber;
	}

	public ProposalKind kind() {
		return kind;
	}

	public ProposalStatus status() {
		return status;
	}

	public String opdCode() {
		return opdCode;
	}

	public String reason() {
		return reason;
	}

	public String proposedBy() {
		return proposedBy;
	}

	public Instant proposedAt() {
		return proposedAt;
	}

	public String decidedBy() {
		return decidedBy;
	}

	public Instant decidedAt() {
		return decidedAt;
	}

	public String decisionReason() {
		return decisionReason;
	}

	public UUID issuedDocumentId() {
		return issuedDocumentId;
	}

	public String beritaAcaraNumber() {
		return beritaAcaraNumber;
	}
}
