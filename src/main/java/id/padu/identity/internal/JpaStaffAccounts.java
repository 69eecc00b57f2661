package id.padu.identity.internal;

import id.padu.identity.Role;
import id.padu.identity.StaffAccounts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

@Service
@Transactional(readOnly = true)
class JpaStaffAccounts implements StaffAccounts {

	private final AccountRepository accounts;

	JpaStaffAccounts(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public List<String> usernamesWithRole(Role role) {
		return accounts.findStaffUsernamesWithRole(role);
	}

	@Override
	public boolean hasRole(String username, Role role) {
		return staff(username).filter(account -> account.roles().contains(role)).isPresent();
	}

	@Override
	public Optional<String> displayName(String username) {
		return staff(username).map(Account::displayName);
	}

	private Optional<Account> staff(String username) {
		return accounts.findByUsername(username)
			.filter(account -> account.kind() == AccountKind.STAFF && account.enabled());
	}
}
