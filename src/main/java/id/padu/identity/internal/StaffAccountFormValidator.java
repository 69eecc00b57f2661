package id.padu.identity.internal;

import id.padu.identity.Role;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** Cross-field rules of a new staff account: staff roles only, a free username, and a way to get a password. */
@Component
class StaffAccountFormValidator implements Validator {

	private final AccountLocator locator;

	StaffAccountFormValidator(AccountLocator locator) {
		this.locator = locator;
	}

	@Override
	public boolean supports(Class<?> type) {
		return StaffAccountForm.class.equals(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		StaffAccountForm form = (StaffAccountForm) target;
		if (form.getRoles().isEmpty() || form.getRoles().contains(Role.CITIZEN)) {
			errors.rejectValue("roles", "account.roles.required");
		}
		if (form.getUsername() != null && !errors.hasFieldErrors("username") && locator.usernameTaken(form.getUsername())) {
			errors.rejectValue("username", "account.username.taken");
		}
		if (form.getEmail() != null && !errors.hasFieldErrors("email") && locator.addressTaken(form.getEmail())) {
			errors.rejectValue("email", "signup.email.taken");
		}
		if (form.sendLink()) {
			if (form.getEmail() == null && !errors.hasFieldErrors("email")) {
				errors.rejectValue("email", "account.email.neededForLink");
			}
		} else {
			PasswordRules.check(form.getPassword(), form.getPasswordConfirmation(), errors);
		}
	}
}
