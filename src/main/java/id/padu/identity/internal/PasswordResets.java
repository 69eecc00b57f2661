package id.padu.identity.internal;

import id.padu.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

/**
 * Forgotten passwords. The request page answers the same whether an account exists or not; the
 * link in the e-mail sets a new password and lifts a lockout.
 */
@Service
class PasswordResets {

	private static final Logger log = LoggerFactory.getLogger(PasswordResets.class);
	private static final TokenPurpose[] PURPOSES = { TokenPurpose.RESET_PASSWORD, TokenPurpose.SET_PASSWORD };

	private final AccountRepository accounts;
	private final AccountLinks links;
	private final AccountLocator locator;
	private final PasswordEncoder encoder;
	private final TransactionTemplate tx;
	private final Clock clock;

	PasswordResets(AccountRepository accounts, AccountLinks links, AccountLocator locator, PasswordEncoder encoder,
			TransactionTemplate tx, Clock clock) {
		this.accounts = accounts;
		this.links = links;
		this.locator = locator;
		this.encoder = encoder;
		this.tx = tx;
		this.clock = clock;
	}

	void request(String usernameOrEmail) {
		locator.enabledByUsernameOrEmail(usernameOrEmail).ifPresent(found -> TenantContext.runAs(found.tenant(),
				() -> tx.executeWithoutResult(status -> accounts.findById(found.id())
					.filter(account -> account.email() != null)
					.ifPresent(account -> links.send(account, TokenPurpose.RESET_PASSWORD)))));
	}

	LinkState check(String token) {
		return links.inTenantOf(token, () -> tx.execute(status -> links.check(token, PURPOSES)))
			.orElse(LinkState.UNKNOWN);
	}

	/** Sets the new password if the link is still valid; the link proves the address, so it confirms it too. */
	LinkState reset(String token, String newPassword) {
		return links.inTenantOf(token, () -> tx.execute(status -> {
			LinkState state = links.check(token, PURPOSES);
			links.use(token, PURPOSES).flatMap(used -> accounts.findById(used.accountId())).ifPresent(account -> {
				account.changePassword(encoder.encode(newPassword));
				account.confirmEmail(clock.instant());
				log.info("Password reset by e-mail link for account {}", account.getId());
			});
			return state;
		})).orElse(LinkState.UNKNOWN);
	}
}
