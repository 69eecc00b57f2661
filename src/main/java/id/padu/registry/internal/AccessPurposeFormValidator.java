package id.padu.registry.internal;

import id.padu.registry.Purpose;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** A purpose is chosen; "lainnya" needs the purpose written out, up to 200 characters. */
class AccessPurposeFormValidator implements Validator {

	@Override
	public boolean supports(Class<?> type) {
		return AccessPurposeForm.class.equals(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		AccessPurposeForm form = (AccessPurposeForm) target;
		if (form.getChoice() == null || !AccessPurposeForm.CHOICES.contains(form.getChoice())) {
			errors.rejectValue("choice", "registry.purpose.choose");
		} else if (AccessPurposeForm.OTHER.equals(form.getChoice())) {
			if (form.getOther() == null || form.getOther().isBlank()) {
				errors.rejectValue("other", "registry.purpose.otherRequired");
			} else if (form.getOther().length() > Purpose.MAX_LENGTH) {
				errors.rejectValue("other", "registry.purpose.tooLong");
			}
		}
	}
}
