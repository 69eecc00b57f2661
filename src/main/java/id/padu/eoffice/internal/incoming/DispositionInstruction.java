package id.padu.eoffice.internal.incoming;

import id.padu.shared.persistence.TenantScopedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * One instruction a disposer may pick (e.g. {@code tindak-lanjuti} "Tindak lanjuti"); per pemda, editable. The
 * accessors are public because the pages read them.
 */
@Entity
@Table(name = "disposition_instruction")
class DispositionInstruction extends TenantScopedEntity {

	private String code;
	private String label;
	private int sortOrder;
	private boolean active = true;

	protected DispositionInstruction() {
	}

	DispositionInstruction(String code, String label, int sortOrder) {
		this.code = code;
		this.label = label;
		this.sortOrder = sortOrder;
	}

	void toggle() {
		active = !active;
	}

	public String code() { return code; }
	public String label() { return label; }
	public int sortOrder() { return sortOrder; }
	public boolean active() { return active; }
}
