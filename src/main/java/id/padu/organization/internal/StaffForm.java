package id.padu.organization.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The add staff form; the NIP's own rules are checked by {@link id.padu.shared.Nip}. */
class StaffForm {

	@NotBlank(message = "{organization.staff.nip.required}")
	private String nip;

	@NotBlank(message = "{organization.staff.name.required}")
	@Size(max = 200, message = "{organization.name.size}")
	private String fullName;

	@Size(max = 100, message = "{organization.staff.username.format}")
	@Pattern(regexp = "([a-z0-9._-]+)?", message = "{organization.staff.username.format}")
	private String username;

	@Email(message = "{organization.staff.email.format}")
	@Size(max = 254, message = "{organization.staff.email.format}")
	private String email;

	public String getNip() {
		return nip;
	}

	public void setNip(String nip) {
		this.nip = nip == null ? null : nip.replace(" ", "").strip();
	}

	public String getFullName() {
		return fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username == null ? null : username.strip().toLowerCase();
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email == null || email.isBlank() ? null : email.strip();
	}
}
