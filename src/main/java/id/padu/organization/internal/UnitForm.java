package id.padu.organization.internal;

import id.padu.organization.UnitKind;
import id.padu.organization.UnitRef;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** The add/edit unit form. {@code parentId} is the id of the unit above, empty only for the pemda itself. */
class UnitForm {

	@NotBlank(message = "{organization.code.required}")
	@Size(max = 60, message = "{organization.code.size}")
	@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{organization.code.pattern}")
	private String code;

	@NotBlank(message = "{organization.unit.name.required}")
	@Size(max = 200, message = "{organization.name.size}")
	private String name;

	@NotNull(message = "{organization.unit.kind.required}")
	private UnitKind kind;

	private UUID parentId;

	@Pattern(regexp = "(\\d{2}\\.\\d{2}\\.\\d{2}(\\.\\d{4})?)?", message = "{organization.unit.kodeWilayah.format}")
	private String kodeWilayah;

	@NotNull(message = "{organization.order.required}")
	@PositiveOrZero(message = "{organization.order.required}")
	private Integer order = 0;

	private boolean active = true;

	static UnitForm of(UnitRef unit, UUID parentId) {
		UnitForm form = new UnitForm();
		form.code = unit.code();
		form.name = unit.name();
		form.kind = unit.kind();
		form.parentId = parentId;
		form.kodeWilayah = unit.kodeWilayah() == null ? null : unit.kodeWilayah().value();
		form.order = unit.order();
		form.active = unit.active();
		return form;
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code == null ? null : code.strip().toLowerCase();
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public UnitKind getKind() {
		return kind;
	}

	public void setKind(UnitKind kind) {
		this.kind = kind;
	}

	public UUID getParentId() {
		return parentId;
	}

	public void setParentId(UUID parentId) {
		this.parentId = parentId;
	}

	public String getKodeWilayah() {
		return kodeWilayah;
	}

	public void setKodeWilayah(String kodeWilayah) {
		this.kodeWilayah = kodeWilayah == null || kodeWilayah.isBlank() ? null : kodeWilayah.strip();
	}

	public Integer getOrder() {
		return order;
	}

	public void setOrder(Integer order) {
		this.order = order;
	}

	public boolean isActive() {
		return active;
	}

	public void setActive(boolean active) {
		this.active = active;
	}
}
