package id.padu.identity.internal;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The citizen sign-up form. The password rules live in {@link SignupFormValidator}. */
class SignupForm {

	@NotBlank
	private String nik;

	@NotBlank
	@Size(max = 200)
	private String fullName;

	@NotBlank
	@Email
	@Size(max = 254)
	private String email;

	private String password;

	private String passwordConfirmation;

	@AssertTrue
	private boolean consent;

	public String getNik() {
		return nik;
	}

	public void setNik(String nik) {
		this.nik = nik == null ? null : nik.replace(" ", "").strip();
	}

	public String getFullName() {
		return fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName == null ? null : fullName.strip();
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email == null ? null : email.strip().toLowerCase(java.util.Locale.ROOT);
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getPasswordConfirmation() {
		return passwordConfirmation;
	}

	public void setPasswordConfirmation(String passwordConfirmation) {
		this.passwordConfirmation = passwordConfirmation;
	}

	public boolean isConsent() {
		return consent;
	}

	public void setConsent(boolean consent) {
		this.consent = consent;
	}
}
