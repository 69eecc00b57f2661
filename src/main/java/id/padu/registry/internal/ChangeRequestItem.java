package id.padu.registry.internal;

import id.padu.shared.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One field of a change request: the value the officer saw, and the value asked for (null removes it). */
@Entity
@Table(name = "change_request_item")
class ChangeRequestItem extends TenantScopedEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "change_request_id")
	private ChangeRequest request;
	@Enumerated(EnumType.STRING)
	private CorrectionField field;
	@Column(name = "old_value")
	private String oldValue;
	@Column(name = "new_value")
	private String newValue;
	private int position;

	protected ChangeRequestItem() {
	}

	ChangeRequestItem(ChangeRequest request, CorrectionRules.Change change, int position) {
		this.request = request;
		this.field = change.field();
		this.oldValue = change.oldValue();
		this.newValue = change.newValue();
		this.position = position;
	}

	CorrectionField field() {
		return field;
	}

	String oldValue() {
		return oldValue;
	}

	String newValue() {
		return newValue;
	}
}
