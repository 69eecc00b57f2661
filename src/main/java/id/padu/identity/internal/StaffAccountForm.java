package id.padu.identity.internal;

import id.padu.identity.Role;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.EnumSet;
import java.util.Set;

/** A new staff account. Either an initial password, or a link by e-mail so the person sets their own. */
class StaffAccountForm {

	@NotBlank
	@Pattern(regexp = "[a-z0-9][a-z0-9._-]{2,49}")
	private String username;

	@NotBlank
	@Size(max = 200)
	private String displayName;

	@Email
	@Size(max = 254)
	private String email;

	private Set<Role> roles = EnumSet.noneOf(Role.class);

	/** {@code link} (e-mail a set-password link) or {@code password} (the admin types one). */
	private String passwordChoice = "link";

	private String password;

	private String passwordConfirmation;

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username == null ? null : username.strip().toLowerCase(java.util.Locale.ROOT);
	}

	public String getDisplayName() {
		return displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName == null ? null : displayName.strip();
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email == null || email.isBlank() ? null : email.strip().toLowerCase(java.util.Locale.ROOT);
	}

	public Set<Role> getRoles() {
		return roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles;
	}

	public String getPasswordChoice() {
		return passwordChoice;
	}

	public void setPasswordChoice(String passwordChoice) {
		this.passwordChoice = passwordChoice;
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

	boolean sendLink() {
		return !"password".equals(passwordChoice);
	}
}
