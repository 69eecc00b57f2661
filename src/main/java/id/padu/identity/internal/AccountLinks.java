package id.padu.identity.internal;

import id.padu.notification.Email;
import id.padu.notification.Mailer;
import id.padu.shared.TenantId;
import id.padu.tenancy.TenantContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Single-use links by e-mail. A token is 32 random bytes; the database keeps its SHA-256 only.
 * Whoever opens a link may sit on any host, so the token itself tells which pemda it belongs to.
 */
@Service
class AccountLinks {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AccountTokenRepository tokens;
	private final JdbcClient jdbc;
	private final Mailer mailer;
	private final Clock clock;
	private final String baseUrl;

	AccountLinks(AccountTokenRepository tokens, JdbcClient jdbc, Mailer mailer, Clock clock,
			@Value("${padu.base-url}") String baseUrl) {
		this.tokens = tokens;
		this.jdbc = jdbc;
		this.mailer = mailer;
		this.clock = clock;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** Issues a new link (older unused ones of the same purpose stop working) and mails it after the commit. */
	void send(Account account, TokenPurpose purpose) {
		tokens.findByAccountIdAndPurposeAndUsedAtIsNull(account.getId(), purpose).forEach(t -> t.use(clock.instant()));
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		tokens.save(new AccountToken(account.getId(), purpose, hash(token), clock.instant()));
		String path = purpose == TokenPurpose.CONFIRM_EMAIL ? "/daftar/konfirmasi" : "/atur-sandi";
		String template = switch (purpose) {
			case CONFIRM_EMAIL -> "identity/mail/signup-confirm";
			case RESET_PASSWORD -> "identity/mail/password-reset";
			case SET_PASSWORD -> "identity/mail/password-set";
		};
		mailer.send(new Email(account.email(), Locale.forLanguageTag(account.language()), template,
				Map.of("name", account.displayName(), "username", account.username(),
						"link", baseUrl + path + "?token=" + token,
						"hours", purpose.validity().toHours())));
	}

	/** Runs work in the pemda the token belongs to; empty when no such token exists at all. */
	<T> Optional<T> inTenantOf(String token, Supplier<T> work) {
		if (token == null || token.isBlank() || token.length() > 100) {
			return Optional.empty();
		}
		Optional<String> tenant = jdbc.sql("select tenant_id from account_token where token_hash = ?")
			.param(hash(token)).query(String.class).optional();
		return tenant.map(t -> TenantContext.callAs(TenantId.of(t), work));
	}

	/** Checks a link without using it (to decide which page to show). Call inside the token's tenant. */
	LinkState check(String token, TokenPurpose... purposes) {
		return tokens.findByTokenHash(hash(token))
			.filter(t -> java.util.Arrays.asList(purposes).contains(t.purpose()))
			.map(t -> t.used() ? LinkState.USED : t.usable(clock.instant()) ? LinkState.VALID : LinkState.EXPIRED)
			.orElse(LinkState.UNKNOWN);
	}

	/** Marks the link used and returns its account id, or empty when it is not usable. */
	Optional<AccountToken> use(String token, TokenPurpose... purposes) {
		if (check(token, purposes) != LinkState.VALID) {
			return Optional.empty();
		}
		AccountToken found = tokens.findByTokenHash(hash(token)).orElseThrow();
		found.use(clock.instant());
		return Optional.of(found);
	}

	static String hash(String token) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JVM", e);
		}
	}
}
