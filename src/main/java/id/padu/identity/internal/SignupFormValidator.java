package id.padu.identity.internal;

import id.padu.shared.InvalidIdentifierException;
import id.padu.shared.Nik;
import id.padu.wilayah.WilayahDirectory;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Rules that need more than one field or a look-up: the NIK (format, date, serial, known kecamatan),
 * a free e-mail address and NIK, and the password with its confirmation.
 */
@Component
class SignupFormValidator implements Validator {

	private final WilayahDirectory wilayah;
	private final AccountLocator locator;
	private final AccountRepository accounts;

	SignupFormValidator(WilayahDirectory wilayah, AccountLocator locator, AccountRepository accounts) {
		this.wilayah = wilayah;
		this.locator = locator;
		this.accounts = accounts;
	}

	@Override
	public boolean supports(Class<?> type) {
		return SignupForm.class.equals(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		SignupForm form = (SignupForm) target;
		if (form.getNik() != null && !form.getNik().isEmpty() && !errors.hasFieldErrors("nik")) {
			checkNik(form.getNik(), errors);
		}
		if (form.getEmail() != null && !errors.hasFieldErrors("email") && locator.addressTaken(form.getEmail())) {
			errors.rejectValue("email", "signup.email.taken");
		}
		PasswordRules.check(form.getPassword(), form.getPasswordConfirmation(), errors);
	}

	private void checkNik(String value, Errors errors) {
		try {
			Nik nik = Nik.of(value);
			if (!wilayah.exists(nik.kecamatan())) {
				errors.rejectValue("nik", "identifier.nik.kecamatan", new Object[] { value.substring(0, 6) }, null);
			} else if (accounts.existsByNik(nik.value())) {
				errors.rejectValue("nik", "signup.nik.taken");
			}
		} catch (InvalidIdentifierException e) {
			errors.rejectValue("nik", e.messageKey(), e.arguments(), null);
		}
	}
}
