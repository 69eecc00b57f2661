package id.padu.organization.internal;

import id.padu.organization.PositionLevel;
import id.padu.organization.PositionRef;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** The add/edit position form. */
class PositionForm {

	@NotBlank(message = "{organization.code.required}")
	@Size(max = 80, message = "{organization.code.size}")
	@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{organization.code.pattern}")
	private String code;

	@NotBlank(message = "{organization.position.title.required}")
	@Size(max = 200, message = "{organization.name.size}")
	private String title;

	@NotNull(message = "{organization.position.level.required}")
	private PositionLevel level;

	@NotBlank(message = "{organization.position.unit.required}")
	private String unitCode;

	private String parentCode;

	@NotNull(message = "{organization.order.required}")
	@PositiveOrZero(message = "{organization.order.required}")
	private Integer order = 0;

	static PositionForm of(PositionRef position) {
		PositionForm form = new PositionForm();
		form.code = position.code();
		form.title = position.title();
		form.level = position.level();
		form.unitCode = position.unitCode();
		form.parentCode = position.parentCode();
		form.order = position.order();
		return form;
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code == null ? null : code.strip().toLowerCase();
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public PositionLevel getLevel() {
		return level;
	}

	public void setLevel(PositionLevel level) {
		this.level = level;
	}

	public String getUnitCode() {
		return unitCode;
	}

	public void setUnitCode(String unitCode) {
		this.unitCode = unitCode;
	}

	public String getParentCode() {
		return parentCode;
	}

	public void setParentCode(String parentCode) {
		this.parentCode = parentCode == null || parentCode.isBlank() ? null : parentCode;
	}

	public Integer getOrder() {
		return order;
	}

	public void setOrder(Integer order) {
		this.order = order;
	}
}
