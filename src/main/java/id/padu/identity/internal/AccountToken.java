package id.padu.identity.internal;

import id.padu.shared.persistence.TenantScopedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A single-use link sent by e-mail. Holds the SHA-256 of the token, never the token itself. */
@Entity
@Table(name = "account_token")
class AccountToken extends TenantScopedEntity {

	@Column(name = "account_id")
	private UUID accountId;

	@Enumerated(EnumType.STRING)
	private TokenPurpose purpose;

	@Column(name = "token_hash")
	private String tokenHash;

	@Column(name = "expires_at")
	private Instant expiresAt;

	@Column(name = "used_at")
	private Instant usedAt;

	@Column(name = "created_at")
	private Instant createdAt;

	protected AccountToken() {
	}

	AccountToken(UUID accountId, TokenPurpose purpose, String tokenHash, Instant now) {
		this.accountId = accountId;
		this.purpose = purpose;
		this.tokenHash = tokenHash;
		this.createdAt = now;
		this.expiresAt = now.plus(purpose.validity());
	}

	UUID accountId() {
		return accountId;
	}

	TokenPurpose purpose() {
		return purpose;
	}

	boolean usable(Instant now) {
		return usedAt == null && expiresAt.isAfter(now);
	}

	boolean used() {
		return usedAt != null;
	}

	void use(Instant now) {
		usedAt = now;
	}
}
