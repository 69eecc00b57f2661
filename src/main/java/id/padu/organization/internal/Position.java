package id.padu.organization.internal;

import id.padu.organization.PositionLevel;
import id.padu.organization.PositionRef;
import id.padu.shared.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A position (jabatan) in a unit; {@code parent} is the position it reports to. */
@Entity
@Table(name = "org_position")
public class Position extends TenantScopedEntity {

	private String code;

	private String title;

	@Enumerated(EnumType.STRING)
	private PositionLevel level;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "unit_id")
	private OrgUnit unit;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	private Position parent;

	@Column(name = "sort_order")
	private int sortOrder;

	protected Position() {
	}

	Position(String code, String title, PositionLevel level, OrgUnit unit, Position parent, int sortOrder) {
		this.code = code;
		this.title = title;
		this.level = level;
		this.unit = unit;
		this.parent = parent;
		this.sortOrder = sortOrder;
	}

	void update(String title, PositionLevel level, OrgUnit unit, Position parent, int sortOrder) {
		this.title = title;
		this.level = level;
		this.unit = unit;
		this.parent = parent;
		this.sortOrder = sortOrder;
	}

	PositionRef toRef() {
		return new PositionRef(getId(), code, title, level, unit.code(), parent == null ? null : parent.code(),
				sortOrder);
	}

	String code() {
		return code;
	}

	String title() {
		return title;
	}

	PositionLevel level() {
		return level;
	}

	OrgUnit unit() {
		return unit;
	}

	Position parent() {
		return parent;
	}

	int sortOrder() {
		return sortOrder;
	}
}
