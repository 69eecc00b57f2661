package id.padu.identity.internal;

import id.padu.identity.PaduUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

/**
 * Counts failed sign-ins on the account and locks it for a while after too many. Plain SQL because
 * there is no tenant yet while somebody signs in. The lock lives in the database, so it holds across
 * nodes; a successful sign-in or a password reset lifts it. Passwords are never logged.
 */
@Component
class LoginAttempts {

	private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);
	private static final String MATCH = "(username = :k or (kind = 'CITIZEN' and email = :k))";

	private final JdbcClient jdbc;
	private final Clock clock;
	private final int maxFailures;
	private final Duration lockout;

	LoginAttempts(JdbcClient jdbc, Clock clock, @Value("${padu.security.login-max-failures:5}") int maxFailures,
			@Value("${padu.security.lockout-minutes:15}") long lockoutMinutes) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.maxFailures = maxFailures;
		this.lockout = Duration.ofMinutes(lockoutMinutes);
	}

	@EventListener
	void badCredentials(AuthenticationFailureBadCredentialsEvent event) {
		if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken)) {
			return;
		}
		String key = AccountLocator.normalize(event.getAuthentication().getName());
		jdbc.sql("update account set failed_logins = failed_logins + 1 where " + MATCH).param("k", key).update();
		int locked = jdbc.sql("update account set failed_logins = 0, locked_until = :until where " + MATCH
				+ " and failed_logins >= :max")
			.param("k", key)
			.param("until", Timestamp.from(clock.instant().plus(lockout)))
			.param("max", maxFailures)
			.update();
		if (locked > 0) {
			log.warn("Sign-in locked for {} minutes after {} failures: {}", lockout.toMinutes(), maxFailures, key);
		} else {
			log.info("Sign-in failed: {}", key);
		}
	}

	@EventListener
	void otherFailure(AbstractAuthenticationFailureEvent event) {
		if (!(event instanceof AuthenticationFailureBadCredentialsEvent)
				&& event.getAuthentication() instanceof UsernamePasswordAuthenticationToken) {
			log.info("Sign-in refused ({}): {}", event.getException().getClass().getSimpleName(),
					AccountLocator.normalize(event.getAuthentication().getName()));
		}
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof PaduUser user
				&& event.getAuthentication() instanceof UsernamePasswordAuthenticationToken) {
			jdbc.sql("update account set failed_logins = 0, locked_until = null where id = :id and failed_logins > 0")
				.param("id", user.accountId()).update();
			log.info("Signed in: {} ({})", user.getUsername(), user.tenantId());
		}
	}
}
