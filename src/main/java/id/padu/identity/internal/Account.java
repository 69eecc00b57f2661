package id.padu.identity.internal;

import id.padu.identity.Role;
import id.padu.shared.persistence.TenantScopedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

@Entity
@Table(name = "account")
class Account extends TenantScopedEntity {

	private String username;

	@Column(name = "password_hash")
	private String passwordHash;

	@Column(name = "display_name")
	private String displayName;

	private String email;

	private String nik;

	@Enumerated(EnumType.STRING)
	private AccountKind kind;

	private boolean enabled;

	@Column(name = "email_verified_at")
	private Instant emailVerifiedAt;

	@Column(name = "failed_logins")
	private int failedLogins;

	@Column(name = "locked_until")
	private Instant lockedUntil;

	@Column(name = "created_at")
	private Instant createdAt;

	private String language = "id";

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	protected Account() {
	}

	static Account staff(String username, String displayName, String email, String passwordHash, Set<Role> roles) {
		Account account = new Account();
		account.username = username.toLowerCase();
		account.displayName = displayName;
		account.email = email == null ? null : email.toLowerCase();
		account.passwordHash = passwordHash;
		account.kind = AccountKind.STAFF;
		account.enabled = true;
		account.roles = EnumSet.copyOf(roles);
		account.createdAt = Instant.now();
		return account;
	}

	/** A citizen account starts disabled until the e-mail address is confirmed. */
	static Account citizen(String nik, String displayName, String email, String passwordHash) {
		Account account = new Account();
		account.username = email.toLowerCase();
		account.displayName = displayName;
		account.email = email.toLowerCase();
		account.nik = nik;
		account.passwordHash = passwordHash;
		account.kind = AccountKind.CITIZEN;
		account.enabled = true;
		account.roles = EnumSet.of(Role.CITIZEN);
		account.createdAt = Instant.now();
		return account;
	}

	void confirmEmail(Instant at) {
		if (emailVerifiedAt == null) {
			emailVerifiedAt = at;
		}
	}

	void changePassword(String newHash) {
		passwordHash = newHash;
		failedLogins = 0;
		lockedUntil = null;
	}

	void useLanguage(String languageTag) {
		language = "en".equals(languageTag) ? "en" : "id";
	}

	void changeRoles(Set<Role> newRoles) {
		roles.clear();
		roles.addAll(newRoles);
	}

	void enable(boolean on) {
		enabled = on;
	}

	void unlock() {
		failedLogins = 0;
		lockedUntil = null;
	}

	/** What the admin list shows: disabled first, then unconfirmed, then a running lock. */
	AccountStatus status(Instant now) {
		if (!enabled) {
			return AccountStatus.DISABLED;
		}
		if (kind == AccountKind.CITIZEN && emailVerifiedAt == null) {
			return AccountStatus.UNCONFIRMED;
		}
		return lockedUntil != null && lockedUntil.isAfter(now) ? AccountStatus.LOCKED : AccountStatus.ACTIVE;
	}

	String passwordHash() {
		return passwordHash;
	}

	String language() {
		return language;
	}

	void renameUsername(String newUsername) {
		username = newUsername.toLowerCase();
	}

	String username() {
		return username;
	}

	String displayName() {
		return displayName;
	}

	String email() {
		return email;
	}

	String nik() {
		return nik;
	}

	AccountKind kind() {
		return kind;
	}

	boolean enabled() {
		return enabled;
	}

	Instant emailVerifiedAt() {
		return emailVerifiedAt;
	}

	Instant lockedUntil() {
		return lockedUntil;
	}

	Set<Role> roles() {
		return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
	}
}
