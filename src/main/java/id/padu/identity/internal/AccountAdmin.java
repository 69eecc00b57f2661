package id.padu.identity.internal;

import id.padu.identity.PaduUser;
import id.padu.identity.Role;
import id.padu.shared.BusinessRuleViolation;
import id.padu.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The pemda IT admin manages the accounts of their own pemda (the tenant filter sees to that). */
@Service
@PreAuthorize("hasRole('ADMIN')")
class AccountAdmin {

	record Row(UUID id, String username, String displayName, String email, Set<Role> roles, AccountKind kind,
			AccountStatus status, long version) {
	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AccountRepository accounts;
	private final AccountLinks links;
	private final PasswordEncoder encoder;
	private final Clock clock;

	AccountAdmin(AccountRepository accounts, AccountLinks links, PasswordEncoder encoder, Clock clock) {
		this.accounts = accounts;
		this.links = links;
		this.encoder = encoder;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<Row> list() {
		return accounts.findAllByOrderByKindDescUsername().stream().map(this::row).toList();
	}

	@Transactional(readOnly = true)
	Row get(UUID id) {
		return row(find(id));
	}

	@Transactional
	UUID createStaff(StaffAccountForm form) {
		String password = form.sendLink() ? unguessable() : form.getPassword();
		Account account = Account.staff(form.getUsername(), form.getDisplayName(), form.getEmail(),
				encoder.encode(password), form.getRoles());
		accounts.saveAndFlush(account);
		if (form.sendLink()) {
			links.send(account, TokenPurpose.SET_PASSWORD);
		}
		return account.getId();
	}

	@Transactional
	void changeRoles(UUID id, Set<Role> roles, PaduUser admin) {
		if (roles.isEmpty() || roles.contains(Role.CITIZEN)) {
			throw new BusinessRuleViolation("account.roles.required");
		}
		Account account = staff(id);
		if (account.getId().equals(admin.accountId()) && !roles.contains(Role.ADMIN)) {
			throw new BusinessRuleViolation("account.self");
		}
		account.changeRoles(roles);
	}

	@Transactional
	void setEnabled(UUID id, boolean enabled, PaduUser admin) {
		Account account = find(id);
		if (account.getId().equals(admin.accountId()) && !enabled) {
			throw new BusinessRuleViolation("account.self");
		}
		account.enable(enabled);
	}

	@Transactional
	void unlock(UUID id) {
		find(id).unlock();
	}

	private Account find(UUID id) {
		return accounts.findById(id).orElseThrow(() -> new NotFoundException("account.notFound"));
	}

	private Account staff(UUID id) {
		Account account = find(id);
		if (account.kind() != AccountKind.STAFF) {
			throw new BusinessRuleViolation("account.roles.citizen");
		}
		return account;
	}

	private Row row(Account a) {
		return new Row(a.getId(), a.username(), a.displayName(), a.email(), a.roles(), a.kind(),
				a.status(clock.instant()), a.getVersion());
	}

	/** A password nobody knows, until the person sets their own through the e-mailed link. */
	private static String unguessable() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getEncoder().encodeToString(bytes);
	}
}
