package id.padu.organization.internal;

import id.padu.organization.UnitKind;
import id.padu.organization.UnitRef;
import id.padu.shared.KodeWilayah;
import id.padu.shared.persistence.TenantScopedEntity;
import id.padu.shared.search.IndonesianAnalysis;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * An organization unit: the pemda itself, an OPD, a kecamatan or kelurahan, or a part of one. Other units
 * are read through their accessors, never their fields: a lazy parent is a proxy whose fields stay empty.
 */
@Entity
@Table(name = "org_unit")
@Indexed(index = "org_unit")
public class OrgUnit extends TenantScopedEntity {

	@KeywordField
	private String code;

	@FullTextField(analyzer = IndonesianAnalysis.NAME)
	private String name;

	@Enumerated(EnumType.STRING)
	private UnitKind kind;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	private OrgUnit parent;

	@Column(name = "kode_wilayah")
	private String kodeWilayah;

	@Column(name = "sort_order")
	private int sortOrder;

	private boolean active = true;

	protected OrgUnit() {
	}

	OrgUnit(String code, String name, UnitKind kind, OrgUnit parent, KodeWilayah kodeWilayah, int sortOrder) {
		this.code = code;
		update(name, kind, kodeWilayah, sortOrder, true);
		this.parent = parent;
	}

	void update(String name, UnitKind kind, KodeWilayah kodeWilayah, int sortOrder, boolean active) {
		this.name = name;
		this.kind = kind;
		this.kodeWilayah = kodeWilayah == null ? null : kodeWilayah.value();
		this.sortOrder = sortOrder;
		this.active = active;
	}

	void moveUnder(OrgUnit newParent) {
		this.parent = newParent;
	}

	/** Whether {@code other} is this unit or lies above it. */
	boolean isWithin(OrgUnit other) {
		for (OrgUnit u = this; u != null; u = u.parent()) {
			if (u.getId().equals(other.getId())) {
				return true;
			}
		}
		return false;
	}

	UnitRef toRef() {
		return new UnitRef(getId(), code, name, kind, parent == null ? null : parent.code(),
				kodeWilayah == null ? null : KodeWilayah.of(kodeWilayah), sortOrder, active);
	}

	String code() {
		return code;
	}

	String name() {
		return name;
	}

	UnitKind kind() {
		return kind;
	}

	OrgUnit parent() {
		return parent;
	}

	String kodeWilayah() {
		return kodeWilayah;
	}

	int sortOrder() {
		return sortOrder;
	}

	boolean active() {
		return active;
	}
}
