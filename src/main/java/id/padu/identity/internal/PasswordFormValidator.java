package id.padu.identity.internal;

import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** Cross-field check of a new password and its confirmation. */
class PasswordFormValidator implements Validator {

	@Override
	public boolean supports(Class<?> type) {
		return PasswordForm.class.equals(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		PasswordForm form = (PasswordForm) target;
		PasswordRules.check(form.getPassword(), form.getPasswordConfirmation(), errors);
	}
}
