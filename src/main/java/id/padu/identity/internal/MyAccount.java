package id.padu.identity.internal;

import id.padu.identity.PaduUser;
import id.padu.shared.NotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What every signed-in person may do with their own account. */
@Service
class MyAccount {

	private final AccountRepository accounts;
	private final PasswordEncoder encoder;

	MyAccount(AccountRepository accounts, PasswordEncoder encoder) {
		this.accounts = accounts;
		this.encoder = encoder;
	}

	/** Changes the password if the current one is right; returns false (and changes nothing) otherwise. */
	@Transactional
	boolean changePassword(PaduUser user, String currentPassword, String newPassword) {
		Account account = accounts.findById(user.accountId()).orElseThrow(() -> new NotFoundException("account.notFound"));
		if (currentPassword == null || !encoder.matches(currentPassword, account.passwordHash())) {
			return false;
		}
		account.changePassword(encoder.encode(newPassword));
		return true;
	}
}
