package id.padu.organization.internal;

import id.padu.organization.UnitKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** Body of POST and PUT {@code /api/v1/organization/units}. On PUT the code in the path wins. */
record UnitRequest(
		@NotBlank(message = "{organization.code.required}") @Size(max = 60, message = "{organization.code.size}")
		@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{organization.code.pattern}") String code,
		@NotBlank(message = "{organization.unit.name.required}") @Size(max = 200, message = "{organization.name.size}") String name,
		@NotNull(message = "{organization.unit.kind.required}") UnitKind kind,
		String parentCode,
		@Pattern(regexp = "\\d{2}\\.\\d{2}\\.\\d{2}(\\.\\d{4})?", message = "{organization.unit.kodeWilayah.format}") String kodeWilayah,
		@PositiveOrZero(message = "{organization.order.required}") Integer order,
		Boolean active) {
}
