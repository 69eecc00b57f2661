package id.padu.organization.internal;

import id.padu.organization.UnitKind;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** Rules between fields of the unit form, shown next to the field before the service is asked. */
class UnitFormValidator implements Validator {

	@Override
	public boolean supports(Class<?> type) {
		return UnitForm.class.equals(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		UnitForm form = (UnitForm) target;
		if (form.getKind() == null) {
			return;
		}
		if (form.getKind() == UnitKind.PEMERINTAH_DAERAH && form.getParentId() != null) {
			errors.rejectValue("parentId", "organization.unit.rootHasNoParent");
		}
		if (form.getKind() != UnitKind.PEMERINTAH_DAERAH && form.getParentId() == null) {
			errors.rejectValue("parentId", "organization.unit.parentRequired");
		}
		if (form.getKodeWilayah() != null && !form.getKind().isTerritorial()) {
			errors.rejectValue("kodeWilayah", "organization.unit.kodeWilayahNotTerritorial");
		}
	}
}
