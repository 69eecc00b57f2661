package id.padu.identity.internal;

import id.padu.shared.BusinessRuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import id.padu.tenancy.TenantContext;

import java.time.Clock;
import java.util.Locale;

/** Citizens create their own accounts; an account works once its e-mail address is confirmed. */
@Service
class CitizenSignup {

	private static final Logger log = LoggerFactory.getLogger(CitizenSignup.class);

	private final AccountRepository accounts;
	private final AccountLinks links;
	private final AccountLocator locator;
	private final PasswordEncoder encoder;
	private final TransactionTemplate tx;
	private final Clock clock;

	CitizenSignup(AccountRepository accounts, AccountLinks links, AccountLocator locator, PasswordEncoder encoder,
			TransactionTemplate tx, Clock clock) {
		this.accounts = accounts;
		this.links = links;
		this.locator = locator;
		this.encoder = encoder;
		this.tx = tx;
		this.clock = clock;
	}

	/** Creates the unconfirmed account in the current pemda and mails the confirmation link. */
	void register(SignupForm form, Locale locale) {
		try {
			tx.executeWithoutResult(status -> {
				Account account = Account.citizen(form.getNik(), form.getFullName(), form.getEmail(),
						encoder.encode(form.getPassword()));
				account.useLanguage(locale.getLanguage());
				accounts.saveAndFlush(account);
				links.send(account, TokenPurpose.CONFIRM_EMAIL);
			});
		} catch (DataIntegrityViolationException e) {
			// Two sign-ups with the same address or NIK at the same moment: the database decides.
			throw new BusinessRuleViolation("signup.duplicate");
		}
		log.info("Citizen account signed up in {}", TenantContext.require());
	}

	LinkState confirm(String token) {
		return links.inTenantOf(token, () -> tx.execute(status -> {
			LinkState state = links.check(token, TokenPurpose.CONFIRM_EMAIL);
			links.use(token, TokenPurpose.CONFIRM_EMAIL).ifPresent(used -> accounts.findById(used.accountId())
				.ifPresent(account -> account.confirmEmail(clock.instant())));
			return state;
		})).orElse(LinkState.UNKNOWN);
	}

	/** Sends a fresh link to an unconfirmed account; silent otherwise, so nobody learns who has an account. */
	void resend(String email) {
		locator.unconfirmedCitizen(email).ifPresent(found -> TenantContext.runAs(found.tenant(),
				() -> tx.executeWithoutResult(status -> accounts.findById(found.id())
					.ifPresent(account -> links.send(account, TokenPurpose.CONFIRM_EMAIL)))));
	}
}
