package id.padu.registry.internal;

import id.padu.shared.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.UUID;

/** One approved change of one field of a resident: the field history, appended, never overwritten. */
@Entity
@Immutable
@Table(name = "resident_field_change")
class CorrectionFieldChange extends TenantScopedEntity {

	private String nik;
	@Enumerated(EnumType.STRING)
	private CorrectionField field;
	@Column(name = "old_value")
	private String oldValue;
	@Column(name = "new_value")
	private String newValue;
	@Column(name = "change_request_id")
	private UUID changeRequestId;
	@Column(name = "requested_by")
	private String requestedBy;
	@Column(name = "requested_by_name")
	private String requestedByName;
	@Column(name = "approved_by")
	private String approvedBy;
	@Column(name = "approved_by_name")
	private String approvedByName;
	private String reason;
	@Column(name = "changed_at")
	private Instant changedAt;

	protected CorrectionFieldChange() {
	}

	CorrectionFieldChange(ChangeRequest request, ChangeRequestItem item, Instant changedAt) {
		this.nik = request.nik();
		this.field = item.field();
		this.oldValue = item.oldValue();
		this.newValue = item.newValue();
		this.changeRequestId = request.getId();
		this.requestedBy = request.requestedBy();
		this.requestedByName = request.requestedByName();
		this.approvedBy = request.decidedBy();
		this.approvedByName = request.decidedByName();
		this.reason = request.reason();
		this.changedAt = changedAt;
	}

	CorrectionField field() {
		return field;
	}

	String oldValue() {
		return oldValue;
	}

	ChangeRequestViews.FieldChangeView toView() {
		return new ChangeRequestViews.FieldChangeView(field, oldValue, newValue, changedAt, requestedBy,
				requestedByName, approvedBy, approvedByName, reason, changeRequestId);
	}
}
