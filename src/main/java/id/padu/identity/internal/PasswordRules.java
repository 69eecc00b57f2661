package id.padu.identity.internal;

import org.springframework.validation.Errors;

/** The one place that decides whether a new password is acceptable. */
final class PasswordRules {

	static final int MIN_LENGTH = 10;
	private static final int MAX_LENGTH = 200;

	private PasswordRules() {
	}

	/** Checks {@code password} and {@code passwordConfirmation} fields of any form. */
	static void check(String password, String confirmation, Errors errors) {
		if (password == null || password.isEmpty()) {
			errors.rejectValue("password", "password.required");
		} else if (password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
			errors.rejectValue("password", "password.length", new Object[] { MIN_LENGTH }, null);
		} else if (DemoAccounts.DEMO_PASSWORD.equalsIgnoreCase(password.strip())) {
			// The prod guard looks for this password; nobody may choose it on purpose.
			errors.rejectValue("password", "password.demo");
		} else if (!password.equals(confirmation)) {
			errors.rejectValue("passwordConfirmation", "password.mismatch");
		}
	}
}
