package id.padu.registry.internal;

import id.padu.shared.persistence.TenantScopedEntity;
import org.hibernate.annotations.BatchSize;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A request to correct one resident's data (permohonan perbaikan data): the field changes, why, the
 * supporting document, and who asked from which position. It is decided once: approved or rejected by
 * a head, or withdrawn by the requester while it waits.
 */
@Entity
@Table(name = "change_request")
class ChangeRequest extends TenantScopedEntity {

	private String nik;
	@Enumerated(EnumType.STRING)
	private ChangeRequestStatus status;
	private String reason;
	@Column(name = "document_sha256")
	private String documentSha256;
	@Column(name = "document_name")
	private String documentName;
	@Column(name = "requested_by")
	private String requestedBy;
	@Column(name = "requested_by_name")
	private String requestedByName;
	@Column(name = "requester_position")
	private String requesterPosition;
	@Column(name = "requested_at")
	private Instant requestedAt;
	@Column(name = "decided_by")
	private String decidedBy;
	@Column(name = "decided_by_name")
	private String decidedByName;
	@Column(name = "decided_at")
	private Instant decidedAt;
	@Column(name = "decision_note")
	private String decisionNote;
	@OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	@BatchSize(size = 50)
	private List<ChangeRequestItem> items = new ArrayList<>();

	protected ChangeRequest() {
	}

	ChangeRequest(String nik, List<CorrectionRules.Change> changes, String reason, String documentSha256,
			String documentName, String requestedBy, String requestedByName, String requesterPosition, Instant at) {
		this.nik = nik;
		this.status = ChangeRequestStatus.DIAJUKAN;
		this.reason = reason;
		this.documentSha256 = documentSha256;
		this.documentName = documentName;
		this.requestedBy = requestedBy;
		this.requestedByName = requestedByName;
		this.requesterPosition = requesterPosition;
		this.requestedAt = at;
		for (CorrectionRules.Change change : changes) {
			items.add(new ChangeRequestItem(this, change, items.size()));
		}
	}

	void approve(String by, String byName, Instant at) {
		decide(ChangeRequestStatus.DISETUJUI, by, byName, at, null);
	}

	void reject(String by, String byName, Instant at, String note) {
		decide(ChangeRequestStatus.DITOLAK, by, byName, at, note);
	}

	void withdraw(Instant at) {
		decide(ChangeRequestStatus.DITARIK, requestedBy, requestedByName, at, null);
	}

	private void decide(ChangeRequestStatus outcome, String by, String byName, Instant at, String note) {
		if (!status.isPending()) {
			throw new ChangeRequestConflict("registry.correction.alreadyDecided");
		}
		status = outcome;
		decidedBy = by;
		decidedByName = byName;
		decidedAt = at;
		decisionNote = note;
	}

	String nik() {
		return nik;
	}

	ChangeRequestStatus status() {
		return status;
	}

	String reason() {
		return reason;
	}

	String documentSha256() {
		return documentSha256;
	}

	String documentName() {
		return documentName;
	}

	String requestedBy() {
		return requestedBy;
	}

	String requestedByName() {
		return requestedByName;
	}

	String requesterPosition() {
		return requesterPosition;
	}

	Instant requestedAt() {
		return requestedAt;
	}

	String decidedBy() {
		return decidedBy;
	}

	String decidedByName() {
		return decidedByName;
	}

	List<ChangeRequestItem> items() {
		return List.copyOf(items);
	}

	ChangeRequestViews.RequestView toView() {
		return new ChangeRequestViews.RequestView(getId(), nik, status, reason, documentName, requestedBy,
				requestedByName, requestedAt, decidedBy, decidedByName, decidedAt, decisionNote,
				items.stream().map(i -> new ChangeRequestViews.ItemView(i.field(), i.oldValue(), i.newValue())).toList());
	}
}
